// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportwriter.h"

#include "core/atomicfile.h"
#include "core/error.h"
#include "export/reportcharts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <limits>
#include <memory>

namespace cwb::exporting {

namespace {

QString tr2(Language l, const char *chinese, const char *english)
{
    return l == Language::Chinese ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString signedCount(qint64 n)
{
    return n > 0 ? QLatin1Char('+') + count(n) : count(n);
}

QString pct(double v, int decimals = 1)
{
    return QString::number(100.0 * v, 'f', decimals) + QLatin1Char('%');
}

QString dash()
{
    return QStringLiteral("\u2013");
}

// "25.0% (12.1–44.6)" or "–" when undefined.
QString rateText(const stats::Rate &r, bool withCi = true)
{
    if (!r.value)
        return dash();
    if (!withCi)
        return pct(*r.value);
    return QStringLiteral("%1 (%2\u2013%3)").arg(pct(*r.value), pct(r.ci.low), pct(r.ci.high));
}

QString pointsText(const std::optional<double> &diff)
{
    if (!diff)
        return dash();
    const QString s = QString::number(100.0 * *diff, 'f', 1);
    return (*diff > 0 ? QStringLiteral("+") : QString()) + s + QStringLiteral(" pp");
}

QString money(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

QString reasonLabel(const QString &reason, Language l)
{
    if (reason == QLatin1String("(other)"))
        return tr2(l, "（其他）", "(other)");
    if (reason == QLatin1String("(no reason given)"))
        return tr2(l, "（未注明原因）", "(no reason given)");
    if (reason == QLatin1String("(no agent)"))
        return tr2(l, "（未注明坐席）", "(no agent)");
    return reason;
}

QString weekday(QDate date, Language l)
{
    return l == Language::Chinese
               ? QLocale(QLocale::Chinese, QLocale::China).dayName(date.dayOfWeek())
               : QLocale(QLocale::English).dayName(date.dayOfWeek());
}

QStringList stageNames(Language l)
{
    return {tr2(l, "外呼", "Called"), tr2(l, "接通", "Connected"), tr2(l, "意向", "Intentions"),
            tr2(l, "同意", "Agreements"), tr2(l, "竣工", "Completed")};
}

QList<qint64> stages(const FunnelCounts &c)
{
    return {c.called, c.connected, c.intentions, c.agreements, c.completed};
}

double rateValue(const stats::Rate &r)
{
    return r.value ? *r.value : std::numeric_limits<double>::quiet_NaN();
}

const QColor kBlue(0x2F, 0x6E, 0xB5), kLightBlue(0x9D, 0xC3, 0xE6), kGrey(0xB0, 0xB0, 0xB0),
    kOrange(0xE0, 0x7B, 0x24), kGreen(0x3A, 0x8F, 0x4B);

// ---------------------------------------------------------------------------------------------
// PDF: a simple top-to-bottom flow over A4 pages.

QFont reportFont(double points, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

struct Table
{
    QStringList headers;
    QList<double> widths; // fractions of the page width
    QList<QStringList> rows;
    QList<bool> shaded; // rows drawn bold on a light background (totals)
};

class Flow
{
public:
    Flow(QPagedPaintDevice &device, QPainter &painter, QString footer)
        : m_device(device), m_painter(painter), m_footer(std::move(footer))
    {
        const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
        m_page = QRectF(0, 0, paint.width(), paint.height() - mm(6)); // footer below
        m_y = 0;
        drawFooter();
    }

    double mm(double v) const { return v * m_device.logicalDpiY() / 25.4; }
    double pt() const { return m_device.logicalDpiY() / 72.0; }
    int pages() const { return m_pages; }
    double width() const { return m_page.width(); }

    void newPage()
    {
        if (!m_device.newPage())
            throw Error(QStringLiteral("cannot add a page to the PDF"));
        ++m_pages;
        m_y = 0;
        drawFooter();
    }
    void ensure(double height)
    {
        if (m_y + height > m_page.bottom() && m_y > 0)
            newPage();
    }
    void space(double millimetres) { m_y += mm(millimetres); }

    void titleBlock(const QString &title, const QStringList &lines)
    {
        const QFont big = reportFont(17, true);
        m_painter.setFont(big);
        const QFontMetricsF bfm(big, &m_device);
        m_painter.setPen(QColor(0x1F, 0x3B, 0x5C));
        m_painter.drawText(QRectF(0, m_y, width(), bfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           title);
        m_y += bfm.height() * 1.15;
        const QFont small = reportFont(9.5);
        m_painter.setFont(small);
        const QFontMetricsF fm(small, &m_device);
        m_painter.setPen(QColor(0x44, 0x44, 0x44));
        for (const QString &line : lines) {
            m_painter.drawText(QRectF(0, m_y, width(), fm.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, line);
            m_y += fm.height() * 1.15;
        }
        m_y += mm(1.5);
        m_painter.setPen(QPen(QColor(0x2F, 0x6E, 0xB5), 1.5 * pt()));
        m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        m_y += mm(4);
    }

    void heading(const QString &text)
    {
        const QFont font = reportFont(12, true);
        const QFontMetricsF fm(font, &m_device);
        ensure(fm.height() * 4); // never a heading alone at the bottom
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x1F, 0x3B, 0x5C));
        m_painter.drawText(QRectF(0, m_y, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           text);
        m_y += fm.height() * 1.3;
    }

    void paragraphs(const QStringList &texts, bool bullets = true)
    {
        const QFont font = reportFont(9.5);
        m_painter.setFont(font);
        const QFontMetricsF fm(font, &m_device);
        const double indent = bullets ? mm(4) : 0;
        for (const QString &text : texts) {
            const QRectF bound = fm.boundingRect(QRectF(0, 0, width() - indent, 1e6),
                                                 Qt::TextWordWrap | Qt::AlignLeft, text);
            ensure(bound.height());
            m_painter.setPen(QColor(0x22, 0x22, 0x22));
            if (bullets)
                m_painter.drawText(QRectF(0, m_y, indent, fm.height()), Qt::AlignLeft,
                                   QStringLiteral("\u2022"));
            m_painter.drawText(QRectF(indent, m_y, width() - indent, bound.height()),
                               Qt::TextWordWrap | Qt::AlignLeft, text);
            m_y += bound.height() + mm(1);
        }
        m_y += mm(2);
    }

    void table(const Table &t, double points = 8.5)
    {
        const QFont font = reportFont(points);
        const QFont bold = reportFont(points, true);
        const QFontMetricsF fm(font, &m_device);
        const double rowHeight = fm.height() * 1.4;
        const double pad = mm(1.2);
        QList<double> x{0};
        for (double w : t.widths)
            x.append(x.last() + w * width());
        auto drawRow = [&](const QStringList &cells, bool header, bool shade, int index) {
            if (header)
                m_painter.fillRect(QRectF(0, m_y, x.last(), rowHeight), QColor(0xDD, 0xEB, 0xF7));
            else if (shade)
                m_painter.fillRect(QRectF(0, m_y, x.last(), rowHeight), QColor(0xEE, 0xF3, 0xE8));
            else if (index % 2 == 1)
                m_painter.fillRect(QRectF(0, m_y, x.last(), rowHeight), QColor(0xF7, 0xF7, 0xF7));
            m_painter.setFont(header || shade ? bold : font);
            m_painter.setPen(QColor(0x22, 0x22, 0x22));
            const QFontMetricsF cfm(header || shade ? bold : font, &m_device);
            for (int c = 0; c < cells.size() && c + 1 < x.size(); ++c) {
                const QRectF cell(x[c] + pad, m_y, x[c + 1] - x[c] - 2 * pad, rowHeight);
                const Qt::Alignment align =
                    (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
                m_painter.drawText(cell, align,
                                   cfm.elidedText(cells.at(c), Qt::ElideRight, cell.width()));
            }
            m_painter.setPen(QPen(QColor(0xC8, 0xC8, 0xC8), 0.5 * pt()));
            m_painter.drawLine(QPointF(0, m_y + rowHeight), QPointF(x.last(), m_y + rowHeight));
            m_y += rowHeight;
        };
        ensure(rowHeight * std::min<qsizetype>(t.rows.size() + 1, 4));
        drawRow(t.headers, true, false, 0);
        for (int r = 0; r < t.rows.size(); ++r) {
            if (m_y + rowHeight > m_page.bottom()) {
                newPage();
                drawRow(t.headers, true, false, 0);
            }
            drawRow(t.rows.at(r), false, r < t.shaded.size() && t.shaded.at(r), r);
        }
        m_y += mm(4);
    }

    void chart(const ChartSpec &spec, double heightMm)
    {
        ensure(mm(heightMm));
        drawChart(m_painter, QRectF(0, m_y, width(), mm(heightMm)), spec, reportFont(8));
        m_y += mm(heightMm) + mm(4);
    }

private:
    void drawFooter()
    {
        const QFont font = reportFont(7.5);
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x88, 0x88, 0x88));
        const QFontMetricsF fm(font, &m_device);
        const QRectF line(0, m_page.bottom() + mm(6) - fm.height(), width(), fm.height());
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_pages));
    }

    QPagedPaintDevice &m_device;
    QPainter &m_painter;
    QString m_footer;
    QRectF m_page;
    double m_y = 0;
    int m_pages = 1;
};

QStringList rateHeaders(Language l)
{
    return {tr2(l, "接通率 (95%区间)", "Connect rate (95% CI)"),
            tr2(l, "意向率 (95%区间)", "Intention rate (95% CI)"),
            tr2(l, "成功率 (95%区间)", "Success rate (95% CI)")};
}

// The summary of two periods and the cumulative funnel: rows are the figures.
Table summaryTable(const FunnelRow &now, const FunnelRow &before, const FunnelDelta &delta,
                   const FunnelRow &cumulative, qint64 dnd, qint64 notYetCalled,
                   const QString &nowName, const QString &beforeName, Language l)
{
    Table t;
    t.headers = {tr2(l, "指标", "Figure"), nowName, beforeName, tr2(l, "变化", "Change"),
                 tr2(l, "累计", "Cumulative")};
    t.widths = {0.22, 0.24, 0.2, 0.1, 0.24};
    const QStringList names = stageNames(l);
    const QList<qint64> a = stages(now.counts), b = stages(before.counts),
                        c = stages(cumulative.counts);
    const QList<qint64> d{delta.called, delta.connected, delta.intentions, delta.agreements,
                          delta.completed};
    for (int i = 0; i < 5; ++i)
        t.rows.append(
            {names.at(i), count(a.at(i)), count(b.at(i)), signedCount(d.at(i)), count(c.at(i))});
    t.rows.append({tr2(l, "接通率", "Connect rate"), rateText(now.kpis.connect),
                   rateText(before.kpis.connect, false), pointsText(delta.connectRate),
                   rateText(cumulative.kpis.connect)});
    t.rows.append({tr2(l, "意向率", "Intention rate"), rateText(now.kpis.intention),
                   rateText(before.kpis.intention, false), pointsText(delta.intentionRate),
                   rateText(cumulative.kpis.intention)});
    t.rows.append({tr2(l, "竣工率", "Completion rate"), rateText(now.kpis.completion),
                   rateText(before.kpis.completion, false), pointsText(delta.completionRate),
                   rateText(cumulative.kpis.completion)});
    t.rows.append({tr2(l, "成功率", "Success rate"), rateText(now.kpis.success),
                   rateText(before.kpis.success, false), pointsText(delta.successRate),
                   rateText(cumulative.kpis.success)});
    t.rows.append({tr2(l, "覆盖率 (已呼/外呼单元目标)", "Coverage (called / call-cell targets)"),
                   dash(), dash(), dash(), rateText(cumulative.coverage)});
    t.rows.append(
        {tr2(l, "新增免打扰", "Do-not-disturb added"), count(dnd), dash(), dash(), dash()});
    t.rows.append({tr2(l, "尚未外呼目标", "Targets not yet called"), dash(), dash(), dash(),
                   count(notYetCalled)});
    return t;
}

Table agentTable(const QList<FunnelRow> &agents, Language l)
{
    Table t;
    t.headers =
        QStringList{tr2(l, "坐席", "Agent"), tr2(l, "外呼", "Called"), tr2(l, "接通", "Conn."),
                    tr2(l, "意向", "Int."),  tr2(l, "同意", "Agr."),   tr2(l, "竣工", "Compl.")} +
        rateHeaders(l);
    t.widths = {0.13, 0.07, 0.07, 0.06, 0.06, 0.07, 0.18, 0.18, 0.18};
    for (const FunnelRow &r : agents) {
        const FunnelCounts &c = r.counts;
        t.rows.append({reasonLabel(r.key, l) + (r.smallSample ? QStringLiteral(" *") : QString()),
                       count(c.called), count(c.connected), count(c.intentions),
                       count(c.agreements), count(c.completed), rateText(r.kpis.connect),
                       rateText(r.kpis.intention), rateText(r.kpis.success)});
    }
    return t;
}

Table cellTable(const QList<ReportCellRow> &cells, Language l)
{
    Table t;
    t.headers = {tr2(l, "分组", "Cell"),
                 tr2(l, "目标", "Targets"),
                 tr2(l, "外呼", "Called"),
                 tr2(l, "接通", "Conn."),
                 tr2(l, "同意", "Agr."),
                 tr2(l, "竣工", "Compl."),
                 tr2(l, "接通率 (95%区间)", "Connect rate (95% CI)"),
                 tr2(l, "成功率 (95%区间)", "Success rate (95% CI)"),
                 tr2(l, "累计覆盖", "Coverage"),
                 tr2(l, "未呼", "Not called")};
    t.widths = {0.13, 0.08, 0.07, 0.07, 0.06, 0.07, 0.18, 0.18, 0.08, 0.08};
    for (const ReportCellRow &cr : cells) {
        const FunnelRow &r = cr.row;
        const FunnelCounts &c = r.counts;
        t.rows.append({r.key, count(c.targets), count(c.called), count(c.connected),
                       count(c.agreements), count(c.completed), rateText(r.kpis.connect),
                       rateText(r.kpis.success), rateText(r.coverage, false),
                       cr.notYetCalled >= 0 ? count(cr.notYetCalled) : dash()});
    }
    return t;
}

Table reasonTable(const QList<ReasonRow> &reasons, qint64 refusals, Language l)
{
    Table t;
    t.headers = {tr2(l, "拒绝原因", "Refusal reason"), tr2(l, "次数", "Refusals"),
                 tr2(l, "占比", "Share"), tr2(l, "累计占比", "Cumulative")};
    t.widths = {0.46, 0.18, 0.18, 0.18};
    for (const ReasonRow &r : reasons)
        t.rows.append(
            {reasonLabel(r.reason, l), count(r.count), pct(r.share), pct(r.cumulativeShare)});
    t.rows.append(
        {tr2(l, "合计", "Total"), count(refusals), refusals > 0 ? pct(1.0) : dash(), dash()});
    t.shaded = QList<bool>(t.rows.size(), false);
    t.shaded.last() = true;
    return t;
}

ChartSpec funnelChart(const FunnelRow &now, const FunnelRow &before, const QString &nowName,
                      const QString &beforeName, const QString &title, Language l)
{
    ChartSpec spec;
    spec.title = title;
    spec.categories = stageNames(l);
    spec.leftAxisTitle = tr2(l, "客户数", "Customers");
    ChartSeries b{beforeName, {}, kGrey, false, false, true};
    ChartSeries n{nowName, {}, kBlue, false, false, true};
    for (qint64 v : stages(before.counts))
        b.values.append(double(v));
    for (qint64 v : stages(now.counts))
        n.values.append(double(v));
    spec.series = {b, n};
    return spec;
}

ChartSpec paretoChart(const QList<ReasonRow> &reasons, const QString &title, Language l)
{
    ChartSpec spec;
    spec.title = title;
    spec.leftAxisTitle = tr2(l, "次数", "Refusals");
    spec.rightAxisTitle = tr2(l, "累计占比", "Cumulative share");
    ChartSeries bars{tr2(l, "拒绝次数", "Refusals"), {}, kOrange, false, false, true};
    ChartSeries line{tr2(l, "累计占比", "Cumulative share"), {}, kBlue, true, true, false};
    for (const ReasonRow &r : reasons) {
        spec.categories.append(reasonLabel(r.reason, l));
        bars.values.append(double(r.count));
        line.values.append(r.cumulativeShare);
    }
    spec.series = {bars, line};
    return spec;
}

QStringList noteTexts(const QList<ReportNote> &notes, Language l)
{
    QStringList texts;
    for (const ReportNote &n : notes)
        texts << reportNoteText(n, l);
    return texts;
}

QString generatedText(const QDateTime &at, Language l)
{
    return tr2(l, "生成时间：", "Generated at ") + at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString smallSampleLegend(int smallSample, Language l)
{
    return l == Language::Chinese
               ? QStringLiteral("* 接通客户少于 %1 人：样本小，比率波动大，请看区间。")
                     .arg(smallSample)
               : QStringLiteral(
                     "* fewer than %1 connected customers: a small sample, the rates are "
                     "noisy; read the intervals.")
                     .arg(smallSample);
}

void requireGui()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(QStringLiteral("printing needs a QGuiApplication (the offscreen platform "
                                   "serves without a display)"));
}

// The PDF appears whole or not at all: QPdfWriter paints into a QSaveFile, committed at the end.
template <typename Paint> int writePdf(const QString &path, const QString &title, Paint paint)
{
    requireGui();
    QSaveFile file(path);
    openForWriting(file);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Campaign Workbench"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter));
        pages = paint(writer);
    }
    commitFile(file);
    return pages;
}

// ---------------------------------------------------------------------------------------------
// xlsx

// An xlsx written to a temporary beside path (AtomicFile), renamed into place by close().
struct Workbook
{
    lxw_workbook *book = nullptr;
    QString path;
    std::unique_ptr<AtomicFile> staged;
    lxw_format *bold = nullptr, *head = nullptr, *title = nullptr, *percent = nullptr,
               *integer = nullptr, *decimal = nullptr;
    Workbook() = default;
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;
    ~Workbook()
    {
        if (book)
            workbook_close(book);
    }
    void check(lxw_error error) const
    {
        if (error == LXW_NO_ERROR)
            return;
        const QString detail = QString::fromUtf8(lxw_strerror(error));
        // The errors from creating the file to closing the zip come from the file system.
        if (error >= LXW_ERROR_CREATING_XLSX_FILE && error <= LXW_ERROR_ZIP_CLOSE)
            throwWriteFailure(path, errno, detail);
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, detail));
    }
    void close()
    {
        lxw_workbook *b = book;
        book = nullptr;
        errno = 0;
        check(workbook_close(b));
        staged->commit();
    }
};

// A cell of an xlsx table: text, a count, a share (0.0%) or a decimal; empty when undefined.
struct XCell
{
    enum Kind
    {
        Empty,
        Text,
        Count,
        Percent,
        Decimal
    } kind = Empty;
    QString text;
    double value = 0.0;
};

XCell xText(const QString &t)
{
    return {XCell::Text, t, 0.0};
}
XCell xCount(qint64 n)
{
    return {XCell::Count, QString(), double(n)};
}
XCell xPct(const std::optional<double> &v)
{
    return v ? XCell{XCell::Percent, QString(), *v} : XCell{};
}
XCell xNum(const std::optional<double> &v)
{
    return v ? XCell{XCell::Decimal, QString(), *v} : XCell{};
}

void openWorkbook(Workbook &w, const QString &path)
{
    w.path = path;
    w.staged = std::make_unique<AtomicFile>(path);
    const QByteArray file = QFile::encodeName(w.staged->pathForWriter());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    errno = 0;
    w.book = workbook_new_opt(file.constData(), &options);
    if (!w.book)
        throwWriteFailure(path, errno);
    w.bold = workbook_add_format(w.book);
    format_set_bold(w.bold);
    w.head = workbook_add_format(w.book);
    format_set_bold(w.head);
    format_set_bottom(w.head, LXW_BORDER_THIN);
    format_set_bg_color(w.head, 0xDDEBF7);
    format_set_text_wrap(w.head);
    w.title = workbook_add_format(w.book);
    format_set_bold(w.title);
    format_set_font_size(w.title, 14);
    w.percent = workbook_add_format(w.book);
    format_set_num_format(w.percent, "0.0%");
    w.integer = workbook_add_format(w.book);
    format_set_num_format(w.integer, "#,##0");
    w.decimal = workbook_add_format(w.book);
    format_set_num_format(w.decimal, "#,##0.00");
}

lxw_worksheet *addSheet(Workbook &w, const QString &name)
{
    lxw_worksheet *sheet = workbook_add_worksheet(w.book, name.toUtf8().constData());
    if (!sheet)
        throw Error(QStringLiteral("cannot add sheet '%1' to %2").arg(name, w.path));
    return sheet;
}

void writeCell(Workbook &w, lxw_worksheet *sheet, lxw_row_t r, lxw_col_t c, const XCell &x)
{
    switch (x.kind) {
    case XCell::Empty:
        break;
    case XCell::Text:
        w.check(worksheet_write_string(sheet, r, c, x.text.toUtf8().constData(), nullptr));
        break;
    case XCell::Count:
        w.check(worksheet_write_number(sheet, r, c, x.value, w.integer));
        break;
    case XCell::Percent:
        w.check(worksheet_write_number(sheet, r, c, x.value, w.percent));
        break;
    case XCell::Decimal:
        w.check(worksheet_write_number(sheet, r, c, x.value, w.decimal));
        break;
    }
}

// Writes a header row and the rows at `row`; returns the row after the table.
lxw_row_t writeTable(Workbook &w, lxw_worksheet *sheet, lxw_row_t row, const QStringList &headers,
                     const QList<QList<XCell>> &rows)
{
    for (int c = 0; c < headers.size(); ++c) {
        w.check(worksheet_write_string(sheet, row, lxw_col_t(c), headers.at(c).toUtf8().constData(),
                                       w.head));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 22 : 12, nullptr);
    }
    ++row;
    for (const QList<XCell> &cells : rows) {
        for (int c = 0; c < cells.size(); ++c)
            writeCell(w, sheet, row, lxw_col_t(c), cells.at(c));
        ++row;
    }
    return row;
}

// Title block rows; returns the next free row.
lxw_row_t writeTitle(Workbook &w, lxw_worksheet *sheet, const QString &title,
                     const QList<QPair<QString, QString>> &lines)
{
    w.check(worksheet_write_string(sheet, 0, 0, title.toUtf8().constData(), w.title));
    lxw_row_t r = 1;
    for (const auto &[label, value] : lines) {
        w.check(worksheet_write_string(sheet, r, 0, label.toUtf8().constData(), w.bold));
        w.check(worksheet_write_string(sheet, r, 1, value.toUtf8().constData(), nullptr));
        ++r;
    }
    return r + 1;
}

// Rate columns: value, CI low, CI high.
void appendRate(QList<XCell> &cells, const stats::Rate &r)
{
    cells << xPct(r.value) << (r.value ? xPct(r.ci.low) : XCell{})
          << (r.value ? xPct(r.ci.high) : XCell{});
}

QStringList rateColumns(Language l, const char *zh, const char *en)
{
    const QString name = tr2(l, zh, en);
    return {name, name + tr2(l, " 下限", " low"), name + tr2(l, " 上限", " high")};
}

QStringList funnelColumns(Language l)
{
    return stageNames(l) + rateColumns(l, "接通率", "Connect rate") +
           rateColumns(l, "意向率", "Intention rate") +
           rateColumns(l, "竣工率", "Completion rate") + rateColumns(l, "成功率", "Success rate");
}

QList<XCell> funnelCells(const FunnelRow &r)
{
    QList<XCell> cells;
    for (qint64 v : stages(r.counts))
        cells << xCount(v);
    appendRate(cells, r.kpis.connect);
    appendRate(cells, r.kpis.intention);
    appendRate(cells, r.kpis.completion);
    appendRate(cells, r.kpis.success);
    return cells;
}

// Summary sheet: the periods as rows (now, before, cumulative) with the funnel columns, then the
// funnel chart over the first two rows. Returns the row after.
lxw_row_t writeSummary(Workbook &w, lxw_worksheet *sheet, const QString &sheetName, lxw_row_t row,
                       const QList<QPair<QString, FunnelRow>> &periods, const QString &title,
                       Language l)
{
    QList<QList<XCell>> rows;
    for (const auto &[name, funnel] : periods)
        rows.append(QList<XCell>{xText(name)} + funnelCells(funnel));
    const lxw_row_t first = row + 1;
    const lxw_row_t next =
        writeTable(w, sheet, row, QStringList{tr2(l, "时段", "Period")} + funnelColumns(l), rows);
    // Funnel chart: one series per period (the first two), categories = the stage headers.
    lxw_chart *chart = workbook_add_chart(w.book, LXW_CHART_COLUMN);
    const QByteArray sheetUtf8 = sheetName.toUtf8();
    for (lxw_row_t r = first; r < first + 2 && r < next; ++r) {
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheetUtf8.constData(), row, 1, row, 5);
        chart_series_set_values(series, sheetUtf8.constData(), r, 1, r, 5);
        chart_series_set_name_range(series, sheetUtf8.constData(), r, 0);
    }
    const QByteArray titleUtf8 = title.toUtf8();
    chart_title_set_name(chart, titleUtf8.constData());
    chart_axis_set_name(chart->y_axis, tr2(l, "客户数", "Customers").toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    w.check(worksheet_insert_chart(sheet, next + 1, 1, chart));
    return next + 18;
}

void writeAgents(Workbook &w, lxw_worksheet *sheet, const QList<FunnelRow> &agents, int smallSample,
                 Language l)
{
    QList<QList<XCell>> rows;
    for (const FunnelRow &r : agents)
        rows.append(QList<XCell>{xText(reasonLabel(r.key, l))} + funnelCells(r) +
                    QList<XCell>{xText(r.smallSample ? tr2(l, "是", "yes") : tr2(l, "否", "no"))});
    const lxw_row_t next = writeTable(w, sheet, 0,
                                      QStringList{tr2(l, "坐席", "Agent")} + funnelColumns(l) +
                                          QStringList{tr2(l, "小样本", "Small sample")},
                                      rows);
    w.check(worksheet_write_string(
        sheet, next + 1, 0, smallSampleLegend(smallSample, l).toUtf8().constData(), nullptr));
}

void writeCells(Workbook &w, lxw_worksheet *sheet, const QList<ReportCellRow> &cells, Language l)
{
    QList<QList<XCell>> rows;
    for (const ReportCellRow &cr : cells) {
        QList<XCell> cellsRow{xText(cr.row.key), xCount(cr.row.counts.targets)};
        cellsRow += funnelCells(cr.row);
        appendRate(cellsRow, cr.row.coverage);
        cellsRow << (cr.notYetCalled >= 0 ? xCount(cr.notYetCalled) : XCell{});
        rows.append(cellsRow);
    }
    writeTable(w, sheet, 0,
               QStringList{tr2(l, "分组", "Cell"), tr2(l, "目标", "Targets")} + funnelColumns(l) +
                   rateColumns(l, "累计覆盖率", "Coverage") +
                   QStringList{tr2(l, "尚未外呼", "Not yet called")},
               rows);
}

void writeRefusals(Workbook &w, lxw_worksheet *sheet, const QString &sheetName,
                   const QList<ReasonRow> &reasons, qint64 refusals, Language l)
{
    QList<QList<XCell>> rows;
    for (const ReasonRow &r : reasons)
        rows.append({xText(reasonLabel(r.reason, l)), xCount(r.count), xPct(r.share),
                     xPct(r.cumulativeShare)});
    const lxw_row_t next =
        writeTable(w, sheet, 0,
                   {tr2(l, "拒绝原因", "Refusal reason"), tr2(l, "次数", "Refusals"),
                    tr2(l, "占比", "Share"), tr2(l, "累计占比", "Cumulative share")},
                   rows);
    writeCell(w, sheet, next, 0, xText(tr2(l, "合计", "Total")));
    writeCell(w, sheet, next, 1, xCount(refusals));
    if (reasons.isEmpty())
        return;
    // Pareto: counts as columns; the cumulative share as a line chart beside it (the
    // libxlsxwriter of the platform cannot combine chart types on a secondary axis).
    const QByteArray s = sheetName.toUtf8();
    const lxw_row_t last = lxw_row_t(reasons.size());
    lxw_chart *bars = workbook_add_chart(w.book, LXW_CHART_COLUMN);
    lxw_chart_series *counts = chart_add_series(bars, nullptr, nullptr);
    chart_series_set_categories(counts, s.constData(), 1, 0, last, 0);
    chart_series_set_values(counts, s.constData(), 1, 1, last, 1);
    chart_series_set_name_range(counts, s.constData(), 0, 1);
    chart_title_set_name(
        bars, tr2(l, "拒绝原因（帕累托）", "Refusal reasons (Pareto)").toUtf8().constData());
    chart_legend_set_position(bars, LXW_CHART_LEGEND_NONE);
    w.check(worksheet_insert_chart(sheet, 1, 6, bars));
    lxw_chart *line = workbook_add_chart(w.book, LXW_CHART_LINE);
    lxw_chart_series *cumulative = chart_add_series(line, nullptr, nullptr);
    chart_series_set_categories(cumulative, s.constData(), 1, 0, last, 0);
    chart_series_set_values(cumulative, s.constData(), 1, 3, last, 3);
    chart_series_set_name_range(cumulative, s.constData(), 0, 3);
    chart_series_set_marker_type(cumulative, LXW_CHART_MARKER_CIRCLE);
    chart_axis_set_num_format(line->y_axis, "0%");
    chart_axis_set_min(line->y_axis, 0.0);
    chart_axis_set_max(line->y_axis, 1.0);
    chart_title_set_name(line, tr2(l, "累计占比", "Cumulative share").toUtf8().constData());
    chart_legend_set_position(line, LXW_CHART_LEGEND_NONE);
    w.check(worksheet_insert_chart(sheet, 17, 6, line));
}

void writeNotes(Workbook &w, lxw_worksheet *sheet, const QList<ReportNote> &notes, Language l)
{
    worksheet_set_column(sheet, 0, 0, 110, nullptr);
    w.check(
        worksheet_write_string(sheet, 0, 0, tr2(l, "说明", "Notes").toUtf8().constData(), w.head));
    lxw_row_t r = 1;
    for (const ReportNote &n : notes)
        w.check(worksheet_write_string(sheet, r++, 0, reportNoteText(n, l).toUtf8().constData(),
                                       nullptr));
}

} // namespace

// ---------------------------------------------------------------------------------------------

int paintDailyReport(const DailyReport &report, QPagedPaintDevice &device, Language l)
{
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(QStringLiteral("cannot paint the daily report"));
    const QString date = report.date.toString(Qt::ISODate);
    Flow flow(device, painter,
              QStringLiteral("%1 \u00B7 %2 \u00B7 %3")
                  .arg(report.campaign, tr2(l, "日战报", "Daily report"), date));
    flow.titleBlock(
        tr2(l, "日战报：", "Daily battle report: ") + report.campaign,
        {QStringLiteral("%1%2 (%3)").arg(tr2(l, "日期：", "Date: "), date, weekday(report.date, l)),
         QStringLiteral("%1%2   %3%4")
             .arg(tr2(l, "目标客户：", "Targets: "), count(report.targets),
                  tr2(l, "对照组：", "Control group: "), count(report.controls)),
         generatedText(report.generatedAt, l)});
    const QString today = tr2(l, "当日", "Today"), before = tr2(l, "前一日", "Previous day");
    flow.heading(tr2(l, "当日漏斗", "The day's funnel"));
    flow.table(summaryTable(report.day, report.previous, report.delta, report.cumulative,
                            report.doNotDisturb, report.notYetCalled, today, before, l));
    flow.chart(
        funnelChart(report.day, report.previous, today, before,
                    tr2(l, "外呼漏斗：当日与前一日", "Call funnel: the day and the day before"), l),
        68);
    flow.heading(tr2(l, "要点", "Notes"));
    flow.paragraphs(noteTexts(report.notes, l));

    flow.newPage();
    flow.heading(tr2(l, "坐席（当日，按同意数排序）", "Agents (the day, most agreements first)"));
    flow.table(agentTable(report.agents, l), 8);
    flow.paragraphs({smallSampleLegend(report.smallSample, l)}, false);
    flow.heading(tr2(l, "分组（当日）", "Cells (the day)"));
    flow.table(cellTable(report.cells, l), 8);
    flow.heading(tr2(l, "当日拒绝原因", "Refusal reasons of the day"));
    flow.table(reasonTable(report.reasons, report.refusals, l));
    if (!report.reasons.isEmpty())
        flow.chart(
            paretoChart(report.reasons, tr2(l, "拒绝原因帕累托图", "Refusal reasons, Pareto"), l),
            65);
    painter.end();
    return flow.pages();
}

int paintWeeklyReport(const WeeklyReport &report, QPagedPaintDevice &device, Language l)
{
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(QStringLiteral("cannot paint the weekly report"));
    const QString week =
        QStringLiteral("%1 \u2013 %2")
            .arg(report.weekStart.toString(Qt::ISODate), report.weekEnd.toString(Qt::ISODate));
    Flow flow(device, painter,
              QStringLiteral("%1 \u00B7 %2 \u00B7 %3")
                  .arg(report.campaign, tr2(l, "周报", "Weekly summary"), week));
    flow.titleBlock(tr2(l, "周报：", "Weekly summary: ") + report.campaign,
                    {tr2(l, "周：", "Week: ") + week,
                     QStringLiteral("%1%2   %3%4")
                         .arg(tr2(l, "目标客户：", "Targets: "), count(report.targets),
                              tr2(l, "对照组：", "Control group: "), count(report.controls)),
                     generatedText(report.generatedAt, l)});
    const QString thisWeek = tr2(l, "本周", "This week"),
                  lastWeek = tr2(l, "上周", "Previous week");
    flow.heading(tr2(l, "本周漏斗", "The week's funnel"));
    flow.table(summaryTable(report.week, report.previousWeek, report.delta, report.cumulative,
                            report.doNotDisturb, report.notYetCalled, thisWeek, lastWeek, l));

    // Daily series: counts as bars, rates as lines on the right axis.
    ChartSpec series;
    series.title = tr2(l, "每日外呼与比率", "Calls and rates by day");
    series.leftAxisTitle = tr2(l, "客户数", "Customers");
    series.rightAxisTitle = tr2(l, "比率", "Rate");
    ChartSeries called{tr2(l, "外呼", "Called"), {}, kLightBlue, false, false, false};
    ChartSeries connected{tr2(l, "接通", "Connected"), {}, kBlue, false, false, false};
    ChartSeries agreements{tr2(l, "同意", "Agreements"), {}, kGreen, false, false, false};
    ChartSeries connectRate{tr2(l, "接通率", "Connect rate"), {}, kOrange, true, true, false};
    ChartSeries successRate{
        tr2(l, "成功率", "Success rate"), {}, QColor(0x7B, 0x3F, 0x9E), true, true, false};
    Table days;
    days.headers = {tr2(l, "日期", "Date"), tr2(l, "外呼", "Called"), tr2(l, "接通", "Conn."),
                    tr2(l, "意向", "Int."), tr2(l, "同意", "Agr."),   tr2(l, "竣工", "Compl."),
                    rateHeaders(l).at(0),   rateHeaders(l).at(2)};
    days.widths = {0.2, 0.08, 0.08, 0.07, 0.07, 0.08, 0.21, 0.21};
    for (const FunnelRow &d : report.days) {
        const QDate date = QDate::fromString(d.key, Qt::ISODate);
        series.categories << QStringLiteral("%1 %2").arg(
            date.toString(QStringLiteral("MM-dd")),
            l == Language::Chinese ? weekday(date, l).right(1) : weekday(date, l).left(3));
        called.values << double(d.counts.called);
        connected.values << double(d.counts.connected);
        agreements.values << double(d.counts.agreements);
        connectRate.values << rateValue(d.kpis.connect);
        successRate.values << rateValue(d.kpis.success);
        days.rows.append(
            {QStringLiteral("%1 %2").arg(d.key, weekday(date, l)), count(d.counts.called),
             count(d.counts.connected), count(d.counts.intentions), count(d.counts.agreements),
             count(d.counts.completed), rateText(d.kpis.connect), rateText(d.kpis.success)});
    }
    const FunnelRow &w = report.week;
    days.rows.append({tr2(l, "本周合计", "Week"), count(w.counts.called), count(w.counts.connected),
                      count(w.counts.intentions), count(w.counts.agreements),
                      count(w.counts.completed), rateText(w.kpis.connect),
                      rateText(w.kpis.success)});
    days.shaded = QList<bool>(days.rows.size(), false);
    days.shaded.last() = true;
    series.series = {called, connected, agreements, connectRate, successRate};
    flow.chart(series, 72);
    flow.table(days);
    flow.paragraphs(
        {tr2(l,
             "一名客户在同一天多次外呼只计一次；一周内跨日外呼的客户在各日均计入，"
             "故各日之和可大于本周合计。",
             "A customer called several times in a day counts once that day; a customer "
             "called on several days counts on each, so the days can add up to more "
             "than the week.")},
        false);

    flow.newPage();
    flow.heading(tr2(l, "分组（本周）", "Cells (the week)"));
    flow.table(cellTable(report.cells, l), 8);
    flow.heading(tr2(l, "坐席（本周，按同意数排序）", "Agents (the week, most agreements first)"));
    flow.table(agentTable(report.agents, l), 8);
    flow.paragraphs({smallSampleLegend(report.smallSample, l)}, false);
    flow.heading(tr2(l, "本周拒绝原因", "Refusal reasons of the week"));
    if (!report.reasons.isEmpty())
        flow.chart(
            paretoChart(report.reasons, tr2(l, "拒绝原因帕累托图", "Refusal reasons, Pareto"), l),
            65);
    flow.table(reasonTable(report.reasons, report.refusals, l));

    if (!report.conversion.isEmpty() || report.roi) {
        flow.newPage();
        flow.heading(tr2(l, "目标组与对照组（整个活动，回访数据）",
                         "Target vs control (whole campaign, follow-up extract)"));
        flow.paragraphs(
            {tr2(l, "转化规则：", "Conversion rule: ") +
             (report.conversionByOffer ? tr2(l, "各单元自己的推荐套餐", "each cell's own offer")
                                       : report.conversionRule)},
            false);
        Table t;
        t.headers = {tr2(l, "范围", "Scope"),
                     tr2(l, "目标组 转化/人数", "Target conv./n"),
                     tr2(l, "对照组 转化/人数", "Control conv./n"),
                     tr2(l, "提升 (95%区间)", "Uplift (95% CI)"),
                     tr2(l, "相对提升 (95%区间)", "Relative (95% CI)"),
                     tr2(l, "p 值", "p-value"),
                     tr2(l, "p (Holm)", "p (Holm)")};
        t.widths = {0.2, 0.14, 0.13, 0.17, 0.18, 0.09, 0.09};
        for (const ConversionEvaluation &ce : report.conversion) {
            const stats::ProportionComparison &c = ce.comparison;
            const QString scope = ce.key == QLatin1String("all") ? tr2(l, "全部", "all") : ce.key;
            t.rows.append(
                {ce.offer.isEmpty() ? scope : QStringLiteral("%1 (%2)").arg(scope, ce.offer),
                 QStringLiteral("%1/%2 %3")
                     .arg(count(c.targetSuccesses), count(c.targetN),
                          c.targetRate ? pct(*c.targetRate) : dash()),
                 QStringLiteral("%1/%2 %3")
                     .arg(count(c.controlSuccesses), count(c.controlN),
                          c.controlRate ? pct(*c.controlRate) : dash()),
                 c.upliftAbs
                     ? QStringLiteral("%1 (%2 \u2013 %3)")
                           .arg(pointsText(c.upliftAbs), QString::number(100.0 * c.ci.low, 'f', 1),
                                QString::number(100.0 * c.ci.high, 'f', 1))
                     : dash(),
                 c.upliftRel ? (c.relCi ? QStringLiteral("%1 (%2\u2013%3)")
                                              .arg(pct(*c.upliftRel),
                                                   QString::number(100.0 * c.relCi->low, 'f', 1),
                                                   QString::number(100.0 * c.relCi->high, 'f', 1))
                                        : pct(*c.upliftRel))
                             : dash(),
                 QString::number(c.pValue, 'g', 3),
                 ce.pValueHolm ? QString::number(*ce.pValueHolm, 'g', 3) : dash()});
        }
        flow.table(t);
        if (report.conversion.size() > 2)
            flow.paragraphs(
                {tr2(
                    l,
                    "p (Holm)：多个单元同时检验时的 Holm 校正 p 值（将 p 值从小到大排列，最小的乘以"
                    "检验个数，其次乘以个数减一，依此类推，且不小于前一个、不超过 1），使任一误判的"
                    "概率不超过检验水平。",
                    "p (Holm): the cells are tested together, so each p-value has its Holm-"
                    "adjusted value beside it (the p-values sorted, the smallest times the number "
                    "of tests, the next times one fewer, never below the one before, at most 1): "
                    "the chance of any false finding among them stays at the test level.")},
                false);
        if (report.arpu) {
            const stats::MeanComparison &m = report.arpu->welch;
            flow.heading(tr2(l, "ARPU 变化（元/月）", "ARPU change (yuan per month)"));
            Table a;
            a.headers = {tr2(l, "目标组均值", "Target mean"), tr2(l, "对照组均值", "Control mean"),
                         tr2(l, "差值", "Difference"), tr2(l, "95%区间 (Welch)", "95% CI (Welch)"),
                         tr2(l, "p 值", "p-value")};
            a.widths = {0.2, 0.2, 0.15, 0.3, 0.15};
            auto num = [](const std::optional<double> &v) {
                return v ? QString::number(*v, 'f', 2) : dash();
            };
            a.rows.append({num(m.targetMean), num(m.controlMean), num(m.diff),
                           m.ci ? QStringLiteral("%1 \u2013 %2")
                                      .arg(QString::number(m.ci->low, 'f', 2),
                                           QString::number(m.ci->high, 'f', 2))
                                : dash(),
                           m.pValue ? QString::number(*m.pValue, 'g', 3) : dash()});
            flow.table(a);
        }
        if (report.roi) {
            flow.heading(tr2(l, "投入产出：计划与实际", "ROI: plan and actual"));
            const RoiComparison &r = *report.roi;
            Table t2;
            t2.headers = {tr2(l, "项目", "Item"),
                          tr2(l, "计划（按实际目标数）", "Plan (for the actual targets)"),
                          tr2(l, "实际", "Actual"), tr2(l, "实际 95%区间", "Actual 95% CI")};
            t2.widths = {0.31, 0.23, 0.18, 0.28};
            auto row = [&](const QString &name, double f, double a,
                           const std::optional<stats::Interval> &ci) {
                t2.rows.append(
                    {name, money(f), money(a),
                     ci ? QStringLiteral("%1 \u2013 %2").arg(money(ci->low), money(ci->high))
                        : dash()});
            };
            row(tr2(l, "目标客户", "Targets"), r.forecast.targets, r.actual.targets, std::nullopt);
            row(tr2(l, "竣工", "Completions"), r.forecast.completions, r.actual.completions,
                std::nullopt);
            row(tr2(l, "增量竣工", "Incremental completions"), r.forecast.incrementalCompletions,
                r.actual.incrementalCompletions, r.actual.incrementalCi);
            row(tr2(l, "增量收入（元）", "Incremental revenue (yuan)"), r.forecast.revenue,
                r.actual.revenue, r.actual.revenueCi);
            row(tr2(l, "成本（元）", "Cost (yuan)"), r.forecast.cost, r.actual.cost, std::nullopt);
            row(tr2(l, "净收益（元）", "Net (yuan)"), r.forecast.net, r.actual.net, r.actual.netCi);
            t2.rows.append({QStringLiteral("ROI"), r.forecast.roi ? pct(*r.forecast.roi) : dash(),
                            r.actual.roi ? pct(*r.actual.roi) : dash(),
                            r.actual.roiCi
                                ? QStringLiteral("%1 \u2013 %2")
                                      .arg(pct(r.actual.roiCi->low), pct(r.actual.roiCi->high))
                                : dash()});
            flow.table(t2);
        }
    }
    flow.heading(tr2(l, "要点", "Notes"));
    flow.paragraphs(noteTexts(report.notes, l));
    painter.end();
    return flow.pages();
}

int writeDailyReportPdf(const DailyReport &report, const QString &path, Language language)
{
    return writePdf(path, report.campaign,
                    [&](QPdfWriter &writer) { return paintDailyReport(report, writer, language); });
}

int writeWeeklyReportPdf(const WeeklyReport &report, const QString &path, Language language)
{
    return writePdf(path, report.campaign, [&](QPdfWriter &writer) {
        return paintWeeklyReport(report, writer, language);
    });
}

QStringList dailyReportSheets(Language l)
{
    return {tr2(l, "概要", "Summary"), tr2(l, "坐席", "Agents"), tr2(l, "分组", "Cells"),
            tr2(l, "拒绝原因", "Refusals"), tr2(l, "说明", "Notes")};
}

QStringList weeklyReportSheets(const WeeklyReport &report, Language l)
{
    QStringList names{tr2(l, "概要", "Summary"), tr2(l, "每日", "Days"), tr2(l, "分组", "Cells"),
                      tr2(l, "坐席", "Agents"), tr2(l, "拒绝原因", "Refusals")};
    if (!report.conversion.isEmpty())
        names << tr2(l, "对照", "Control");
    if (report.roi)
        names << QStringLiteral("ROI");
    names << tr2(l, "说明", "Notes");
    return names;
}

void writeDailyReportXlsx(const DailyReport &report, const QString &path, Language l)
{
    const QStringList names = dailyReportSheets(l);
    Workbook w;
    openWorkbook(w, path);
    lxw_worksheet *summary = addSheet(w, names.at(0));
    const lxw_row_t row =
        writeTitle(w, summary, tr2(l, "日战报：", "Daily battle report: ") + report.campaign,
                   {{tr2(l, "日期", "Date"), report.date.toString(Qt::ISODate)},
                    {tr2(l, "目标客户", "Targets"), count(report.targets)},
                    {tr2(l, "对照组", "Control group"), count(report.controls)},
                    {tr2(l, "生成时间", "Generated at"),
                     report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))}});
    const lxw_row_t after = writeSummary(w, summary, names.at(0), row,
                                         {{tr2(l, "当日", "Today"), report.day},
                                          {tr2(l, "前一日", "Previous day"), report.previous},
                                          {tr2(l, "累计", "Cumulative"), report.cumulative}},
                                         tr2(l, "外呼漏斗", "Call funnel"), l);
    writeCell(w, summary, after, 0, xText(tr2(l, "新增免打扰", "Do-not-disturb added")));
    writeCell(w, summary, after, 1, xCount(report.doNotDisturb));
    writeCell(w, summary, after + 1, 0, xText(tr2(l, "尚未外呼目标", "Targets not yet called")));
    writeCell(w, summary, after + 1, 1, xCount(report.notYetCalled));
    writeCell(w, summary, after + 2, 0, xText(tr2(l, "累计覆盖率", "Coverage")));
    writeCell(w, summary, after + 2, 1, xPct(report.cumulative.coverage.value));
    writeAgents(w, addSheet(w, names.at(1)), report.agents, report.smallSample, l);
    writeCells(w, addSheet(w, names.at(2)), report.cells, l);
    writeRefusals(w, addSheet(w, names.at(3)), names.at(3), report.reasons, report.refusals, l);
    writeNotes(w, addSheet(w, names.at(4)), report.notes, l);
    w.close();
}

void writeWeeklyReportXlsx(const WeeklyReport &report, const QString &path, Language l)
{
    const QStringList names = weeklyReportSheets(report, l);
    Workbook w;
    openWorkbook(w, path);
    int sheetIndex = 0;
    const QString summaryName = names.at(sheetIndex++);
    lxw_worksheet *summary = addSheet(w, summaryName);
    const lxw_row_t row =
        writeTitle(w, summary, tr2(l, "周报：", "Weekly summary: ") + report.campaign,
                   {{tr2(l, "周", "Week"),
                     QStringLiteral("%1 - %2").arg(report.weekStart.toString(Qt::ISODate),
                                                   report.weekEnd.toString(Qt::ISODate))},
                    {tr2(l, "目标客户", "Targets"), count(report.targets)},
                    {tr2(l, "对照组", "Control group"), count(report.controls)},
                    {tr2(l, "生成时间", "Generated at"),
                     report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))}});
    const lxw_row_t after = writeSummary(w, summary, summaryName, row,
                                         {{tr2(l, "本周", "This week"), report.week},
                                          {tr2(l, "上周", "Previous week"), report.previousWeek},
                                          {tr2(l, "累计", "Cumulative"), report.cumulative}},
                                         tr2(l, "外呼漏斗", "Call funnel"), l);
    writeCell(w, summary, after, 0, xText(tr2(l, "新增免打扰", "Do-not-disturb added")));
    writeCell(w, summary, after, 1, xCount(report.doNotDisturb));
    writeCell(w, summary, after + 1, 0, xText(tr2(l, "尚未外呼目标", "Targets not yet called")));
    writeCell(w, summary, after + 1, 1, xCount(report.notYetCalled));

    // Days with their charts.
    const QString daysName = names.at(sheetIndex++);
    lxw_worksheet *days = addSheet(w, daysName);
    QList<QList<XCell>> rows;
    for (const FunnelRow &d : report.days)
        rows.append(QList<XCell>{xText(d.key)} + funnelCells(d));
    writeTable(w, days, 0, QStringList{tr2(l, "日期", "Date")} + funnelColumns(l), rows);
    const QByteArray s = daysName.toUtf8();
    lxw_chart *columns = workbook_add_chart(w.book, LXW_CHART_COLUMN);
    for (lxw_col_t c : {lxw_col_t(1), lxw_col_t(2), lxw_col_t(4)}) { // called, connected, agreed
        lxw_chart_series *series = chart_add_series(columns, nullptr, nullptr);
        chart_series_set_categories(series, s.constData(), 1, 0, 7, 0);
        chart_series_set_values(series, s.constData(), 1, c, 7, c);
        chart_series_set_name_range(series, s.constData(), 0, c);
    }
    chart_title_set_name(columns, tr2(l, "每日外呼", "Calls by day").toUtf8().constData());
    chart_legend_set_position(columns, LXW_CHART_LEGEND_BOTTOM);
    w.check(worksheet_insert_chart(days, 9, 0, columns));
    lxw_chart *lines = workbook_add_chart(w.book, LXW_CHART_LINE);
    for (lxw_col_t c : {lxw_col_t(6), lxw_col_t(15)}) { // connect rate, success rate
        lxw_chart_series *series = chart_add_series(lines, nullptr, nullptr);
        chart_series_set_categories(series, s.constData(), 1, 0, 7, 0);
        chart_series_set_values(series, s.constData(), 1, c, 7, c);
        chart_series_set_name_range(series, s.constData(), 0, c);
        chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    }
    chart_axis_set_num_format(lines->y_axis, "0%");
    chart_axis_set_min(lines->y_axis, 0.0);
    chart_title_set_name(lines, tr2(l, "每日比率", "Rates by day").toUtf8().constData());
    chart_legend_set_position(lines, LXW_CHART_LEGEND_BOTTOM);
    w.check(worksheet_insert_chart(days, 9, 7, lines));

    writeCells(w, addSheet(w, names.at(sheetIndex++)), report.cells, l);
    writeAgents(w, addSheet(w, names.at(sheetIndex++)), report.agents, report.smallSample, l);
    const QString refusalsName = names.at(sheetIndex++);
    writeRefusals(w, addSheet(w, refusalsName), refusalsName, report.reasons, report.refusals, l);
    if (!report.conversion.isEmpty()) {
        lxw_worksheet *control = addSheet(w, names.at(sheetIndex++));
        QList<QList<XCell>> crow;
        for (const ConversionEvaluation &ce : report.conversion) {
            const stats::ProportionComparison &c = ce.comparison;
            crow.append(
                {xText(ce.key), xCount(c.targetN), xCount(c.targetSuccesses), xPct(c.targetRate),
                 xCount(c.controlN), xCount(c.controlSuccesses), xPct(c.controlRate),
                 xPct(c.upliftAbs), xPct(c.ci.low), xPct(c.ci.high), xPct(c.upliftRel),
                 xPct(c.relCi ? std::optional(c.relCi->low) : std::nullopt),
                 xPct(c.relCi ? std::optional(c.relCi->high) : std::nullopt), xNum(c.pValue),
                 xNum(ce.pValueHolm), xCount(ce.targetMissing), xCount(ce.controlMissing)});
        }
        const lxw_row_t next = writeTable(
            w, control, 0,
            {tr2(l, "范围", "Scope"), tr2(l, "目标组人数", "Target n"),
             tr2(l, "目标组转化", "Target converted"), tr2(l, "目标组转化率", "Target rate"),
             tr2(l, "对照组人数", "Control n"), tr2(l, "对照组转化", "Control converted"),
             tr2(l, "对照组转化率", "Control rate"), tr2(l, "提升", "Uplift"),
             tr2(l, "提升下限", "Uplift low"), tr2(l, "提升上限", "Uplift high"),
             tr2(l, "相对提升", "Relative uplift"), tr2(l, "相对提升下限", "Relative low"),
             tr2(l, "相对提升上限", "Relative high"), tr2(l, "p 值", "p-value"),
             tr2(l, "p (Holm)", "p (Holm)"), tr2(l, "目标组缺失", "Targets missing"),
             tr2(l, "对照组缺失", "Controls missing")},
            crow);
        writeCell(w, control, next + 1, 0,
                  xText(tr2(l, "转化规则：", "Conversion rule: ") +
                        (report.conversionByOffer
                             ? tr2(l, "各单元自己的推荐套餐", "each cell's own offer")
                             : report.conversionRule)));
        if (report.conversion.size() > 2)
            writeCell(
                w, control, next + 2, 0,
                xText(tr2(
                    l, "p (Holm)：多个单元同时检验，Holm 校正 p 值使任一误判的概率不超过检验水平",
                    "p (Holm): the cells are tested together; Holm's adjusted p keeps "
                    "the chance of any false finding among them at the test level")));
        if (report.arpu) {
            const stats::MeanComparison &m = report.arpu->welch;
            writeTable(w, control, next + 3,
                       {tr2(l, "ARPU 变化", "ARPU change"), tr2(l, "目标组均值", "Target mean"),
                        tr2(l, "对照组均值", "Control mean"), tr2(l, "差值", "Difference"),
                        tr2(l, "下限 (Welch)", "Low (Welch)"),
                        tr2(l, "上限 (Welch)", "High (Welch)"), tr2(l, "p 值", "p-value")},
                       {{xText(report.arpu->feeColumn), xNum(m.targetMean), xNum(m.controlMean),
                         xNum(m.diff), m.ci ? xNum(m.ci->low) : XCell{},
                         m.ci ? xNum(m.ci->high) : XCell{}, xNum(m.pValue)}});
        }
    }
    if (report.roi) {
        lxw_worksheet *roi = addSheet(w, names.at(sheetIndex++));
        const RoiComparison &r = *report.roi;
        auto line = [](const QString &name, double f, double a,
                       const std::optional<stats::Interval> &ci = std::nullopt) {
            return QList<XCell>{xText(name), xNum(f), xNum(a), ci ? xNum(ci->low) : XCell{},
                                ci ? xNum(ci->high) : XCell{}};
        };
        const auto roiCi = [&](bool high) {
            return r.actual.roiCi ? std::optional(high ? r.actual.roiCi->high : r.actual.roiCi->low)
                                  : std::nullopt;
        };
        writeTable(
            w, roi, 0,
            {tr2(l, "项目", "Item"),
             tr2(l, "计划（按实际目标数）", "Plan (for the actual targets)"),
             tr2(l, "实际", "Actual"), tr2(l, "实际下限 (95%)", "Actual low (95%)"),
             tr2(l, "实际上限 (95%)", "Actual high (95%)")},
            {line(tr2(l, "目标客户", "Targets"), r.forecast.targets, r.actual.targets),
             line(tr2(l, "竣工", "Completions"), r.forecast.completions, r.actual.completions),
             line(tr2(l, "增量竣工", "Incremental completions"), r.forecast.incrementalCompletions,
                  r.actual.incrementalCompletions, r.actual.incrementalCi),
             line(tr2(l, "增量收入", "Incremental revenue"), r.forecast.revenue, r.actual.revenue,
                  r.actual.revenueCi),
             line(tr2(l, "成本", "Cost"), r.forecast.cost, r.actual.cost),
             line(tr2(l, "净收益", "Net"), r.forecast.net, r.actual.net, r.actual.netCi),
             {xText(QStringLiteral("ROI")), xPct(r.forecast.roi), xPct(r.actual.roi),
              xPct(roiCi(false)), xPct(roiCi(true))}});
    }
    writeNotes(w, addSheet(w, names.at(sheetIndex++)), report.notes, l);
    w.close();
}

} // namespace cwb::exporting
