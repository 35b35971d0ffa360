// SPDX-License-Identifier: GPL-3.0-or-later
// bench_browser W.cwb: opens the workspace in the data browser (offscreen unless a display is
// set), reports the time until the first rows are painted, scrolls from the first to the last row
// one screen at a time (each screen painted), then times a sort and a filter, with the peak
// resident memory (getrusage ru_maxrss) after each phase. Results go to docs/benchmarks.md.
#include "databrowser/databrowserview.h"
#include "itemmodels/customertablemodel.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

void report(const char *what, double ms)
{
    std::printf("%-44s %10.1f ms   peak RSS %7.1f MiB\n", what, ms, peakMiB());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_browser WORKSPACE.cwb [filter text]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString filterText = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("888");
    report("start (QApplication)", 0);

    QElapsedTimer total;
    total.start();
    QElapsedTimer timer;
    timer.start();
    auto workspace = cwb::Workspace::open(path, cwb::Workspace::Access::ReadWrite);
    report("Workspace::open", double(timer.nsecsElapsed()) / 1e6);

    cwb::DataBrowserView view;
    view.resize(1280, 800);
    timer.restart();
    view.setWorkspace(workspace.get());
    const double setMs = double(timer.nsecsElapsed()) / 1e6;
    view.show();
    QCoreApplication::processEvents();
    QTableView *table = view.table();
    table->viewport()->repaint(); // the first screen of rows, painted
    const double firstMs = double(total.nsecsElapsed()) / 1e6;
    report("DataBrowserView::setWorkspace", setMs);
    report("open -> first rows painted (total)", firstMs);
    cwb::CustomerTableModel *model = view.model();
    std::printf("rows %d, columns %d, pages read %lld\n", model->rowCount(), model->columnCount(),
                qlonglong(model->pageFetches()));

    // Scroll end to end, one screen (page step) at a time, painting each screen.
    QScrollBar *bar = table->verticalScrollBar();
    timer.restart();
    qint64 screens = 0;
    double slowest = 0;
    QElapsedTimer step;
    while (bar->value() < bar->maximum()) {
        step.restart();
        bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
        table->viewport()->repaint();
        slowest = std::max(slowest, double(step.nsecsElapsed()) / 1e6);
        ++screens;
    }
    const double scrollMs = double(timer.nsecsElapsed()) / 1e6;
    report("scroll first -> last row (all screens)", scrollMs);
    std::printf("screens %lld, mean %.2f ms, slowest %.2f ms, pages read %lld, cached %d\n",
                qlonglong(screens), screens ? scrollMs / double(screens) : 0.0, slowest,
                qlonglong(model->pageFetches()), model->cachedPages());
    const QModelIndex last = table->indexAt(QPoint(1, table->viewport()->height() - 2));
    std::printf("last row on screen: %d of %d\n", last.row() + 1, model->rowCount());

    // Jump back to the top (Ctrl+Home), sort by the first decimal column, filter.
    timer.restart();
    table->scrollToTop();
    table->viewport()->repaint();
    report("jump to the first row", double(timer.nsecsElapsed()) / 1e6);
    int decimal = 0;
    for (int c = 0; c < model->columns().size(); ++c)
        if (model->columns().at(c).type == cwb::ColumnType::Decimal) {
            decimal = c;
            break;
        }
    timer.restart();
    table->sortByColumn(decimal, Qt::DescendingOrder);
    table->viewport()->repaint();
    report(QStringLiteral("sort by %1 (descending)")
               .arg(model->columns().at(decimal).name)
               .toUtf8()
               .constData(),
           double(timer.nsecsElapsed()) / 1e6);
    std::printf("  top value: %s\n",
                model->index(0, decimal).data().toString().toUtf8().constData());
    timer.restart();
    bar->setValue(bar->maximum());
    table->viewport()->repaint();
    report("sorted: jump to the last row", double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
    model->setFilter(filterText, -1);
    table->viewport()->repaint();
    report(
        QStringLiteral("filter \"%1\" over all text columns").arg(filterText).toUtf8().constData(),
        double(timer.nsecsElapsed()) / 1e6);
    std::printf("  matches %d of %lld\n", model->rowCount(), qlonglong(model->totalRows()));
    timer.restart();
    model->setFilter(QString());
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->viewport()->repaint();
    report("clear filter and sort", double(timer.nsecsElapsed()) / 1e6);
    std::printf("peak RSS overall: %.1f MiB\n", peakMiB());
    return 0;
}
