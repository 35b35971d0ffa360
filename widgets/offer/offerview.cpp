// SPDX-License-Identifier: GPL-3.0-or-later
#include "offer/offerview.h"

#include "charts/chartbasics.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "offer/customerscope.h"
#include "offer/matchresultmodel.h"
#include "offer/packagestore.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace cwb {

// One change of the catalog: the whole catalog before and after (catalogs are small), stored
// in the workspace on redo and undo.
class CatalogCommand : public QUndoCommand
{
public:
    CatalogCommand(OfferView *view, Workspace *workspace, QList<Package> before,
                   QList<Package> after, const QString &text)
        : QUndoCommand(text), m_view(view), m_workspace(workspace), m_before(std::move(before)),
          m_after(std::move(after))
    {}
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QList<Package> &packages)
    {
        if (m_view && m_view->m_workspace == m_workspace)
            m_view->storeCatalog(packages);
    }
    QPointer<OfferView> m_view;
    Workspace *m_workspace;
    QList<Package> m_before;
    QList<Package> m_after;
};

namespace {

constexpr double kUnlimitedSpin = -1; // the allowance spin boxes show "unlimited" at -1

QDoubleSpinBox *allowanceSpin(QWidget *parent, double max, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(kUnlimitedSpin, max);
    spin->setDecimals(0);
    spin->setSpecialValueText(OfferView::tr("unlimited"));
    spin->setSuffix(suffix);
    return spin;
}

QDoubleSpinBox *moneySpin(QWidget *parent, double max, int decimals)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, max);
    spin->setDecimals(decimals);
    return spin;
}

QString allowanceText(double v)
{
    return std::isinf(v) ? OfferView::tr("unlimited") : QString::number(v);
}

QString money(double v)
{
    return std::isnan(v) ? QString() : QLocale().toString(v, 'f', 2);
}

// The recommendation rule in the words of the "Recommend by" choices.
QString ruleLabel(const MatchRule &rule)
{
    switch (rule.kind) {
    case MatchRule::Kind::Cheapest:
        return OfferView::tr("Cheapest");
    case MatchRule::Kind::Value:
        return OfferView::tr("%1 (+%2 yuan)")
            .arg(OfferView::tr("Best value within budget"), QLocale().toString(rule.maxIncrease));
    case MatchRule::Kind::Upsell:
        return OfferView::tr("Upsell adding a suggested feature");
    }
    return matchRuleText(rule);
}

QTableWidgetItem *readOnlyItem(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OfferView::OfferView(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_tabs(new QTabWidget(this)),
      m_error(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    auto *statusRow = new QHBoxLayout;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    statusRow->addWidget(m_error, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &OfferView::cancelWork);

    // --- Catalog: table on the left, editor on the right.
    auto *catalogPage = new QWidget(m_tabs);
    auto *catalogLayout = new QHBoxLayout(catalogPage);
    auto *left = new QVBoxLayout;
    m_catalogTable = new QTableWidget(0, 8, catalogPage);
    m_catalogTable->setHorizontalHeaderLabels({tr("Package"), tr("Fee (yuan)"), tr("Local min"),
                                               tr("LD min"), tr("Data MB"), tr("Broadband"),
                                               tr("Discount"), tr("Eligible customers")});
    m_catalogTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogTable->horizontalHeader()->setStretchLastSection(true);
    m_catalogTable->verticalHeader()->setVisible(false);
    left->addWidget(m_catalogTable, 1);
    auto *catalogButtons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New"), catalogPage);
    auto *removeButton = new QPushButton(tr("Remove"), catalogPage);
    auto *importButton = new QPushButton(tr("Import..."), catalogPage);
    auto *exportButton = new QPushButton(tr("Export..."), catalogPage);
    for (QPushButton *b : {newButton, removeButton, importButton, exportButton})
        catalogButtons->addWidget(b);
    catalogButtons->addStretch(1);
    left->addLayout(catalogButtons);
    catalogLayout->addLayout(left, 3);

    auto *editor = new QWidget(catalogPage);
    auto *form = new QFormLayout(editor);
    m_name = new QLineEdit(editor);
    m_fee = moneySpin(editor, 100000, 2);
    m_fee->setSuffix(tr(" yuan"));
    m_local = allowanceSpin(editor, 1e6, tr(" min"));
    m_ld = allowanceSpin(editor, 1e6, tr(" min"));
    m_data = allowanceSpin(editor, 1e8, tr(" MB"));
    m_broadband = new QSpinBox(editor);
    m_broadband->setRange(0, 10000);
    m_broadband->setSpecialValueText(tr("none"));
    m_broadband->setSuffix(tr(" Mbit/s"));
    m_localPrice = moneySpin(editor, 100, 3);
    m_ldPrice = moneySpin(editor, 100, 3);
    m_dataPrice = moneySpin(editor, 100, 4);
    m_contract = new QSpinBox(editor);
    m_contract->setRange(0, 120);
    m_contract->setSuffix(tr(" months"));
    m_discountKind = new QComboBox(editor);
    m_discountKind->addItems({tr("No discount"), tr("Yuan off"), tr("Percent off")});
    m_discountValue = moneySpin(editor, 100000, 2);
    m_discountMonths = new QSpinBox(editor);
    m_discountMonths->setRange(0, 120);
    m_discountMonths->setSuffix(tr(" months"));
    m_eligibility = new QLineEdit(editor);
    m_eligibility->setPlaceholderText(tr("every customer, or a rule: total_fee_m1 >= 100"));
    m_channels = new QLineEdit(editor);
    m_channels->setPlaceholderText(tr("every channel, or: call, sms, store"));
    m_validFrom = new QLineEdit(editor);
    m_validFrom->setPlaceholderText(tr("YYYY-MM-DD (open)"));
    m_validTo = new QLineEdit(editor);
    m_validTo->setPlaceholderText(tr("YYYY-MM-DD (open)"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Monthly fee"), m_fee);
    form->addRow(tr("Included local"), m_local);
    form->addRow(tr("Included long distance"), m_ld);
    form->addRow(tr("Included data"), m_data);
    form->addRow(tr("Broadband (bundle)"), m_broadband);
    form->addRow(tr("Local overage, yuan/min"), m_localPrice);
    form->addRow(tr("LD overage, yuan/min"), m_ldPrice);
    form->addRow(tr("Data overage, yuan/MB"), m_dataPrice);
    form->addRow(tr("Contract"), m_contract);
    auto *discountRow = new QHBoxLayout;
    discountRow->addWidget(m_discountKind);
    discountRow->addWidget(m_discountValue);
    discountRow->addWidget(m_discountMonths);
    form->addRow(tr("Discount"), discountRow);
    form->addRow(tr("Eligibility rule"), m_eligibility);
    form->addRow(tr("Channels"), m_channels);
    form->addRow(tr("Valid from"), m_validFrom);
    form->addRow(tr("Valid to"), m_validTo);
    auto *apply = new QPushButton(tr("Save package"), editor);
    form->addRow(QString(), apply);
    catalogLayout->addWidget(editor, 2);
    m_tabs->addTab(catalogPage, tr("Catalog"));
    editPackage(Package{});

    connect(m_catalogTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_catalogTable->currentRow();
        if (row >= 0 && row < m_catalog.size())
            editPackage(m_catalog.at(row));
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_catalogTable->clearSelection();
        m_catalogTable->setCurrentCell(-1, -1);
        Package fresh;
        fresh.name = tr("New package");
        editPackage(fresh);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(apply, &QPushButton::clicked, this, [this] { applyEdit(); });
    connect(removeButton, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        if (!m_workspace)
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Import packages"), QString(),
                                                          tr("Package catalogs (*.json)"));
        if (path.isEmpty())
            return;
        try {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("cannot read %1: %2").arg(path, file.errorString()));
            QList<Package> after = m_catalog;
            for (const Package &p : catalogFromJson(file.readAll(), path)) {
                const auto same = std::find_if(after.begin(), after.end(), [&p](const Package &q) {
                    return q.name.compare(p.name, Qt::CaseInsensitive) == 0;
                });
                if (same != after.end())
                    *same = p;
                else
                    after << p;
            }
            pushCatalog(after, tr("Import packages"));
        } catch (const Error &e) {
            showError(e.message());
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!m_workspace)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export packages"), QString(),
                                                          tr("Package catalogs (*.json)"));
        if (path.isEmpty())
            return;
        try {
            PackageStore(*m_workspace).exportFile(path);
        } catch (const Error &e) {
            showError(e.message());
        }
    });

    // --- Tiers: measure and proposal settings, the histogram, the bands.
    auto *tierPage = new QWidget(m_tabs);
    auto *tierLayout = new QVBoxLayout(tierPage);
    auto *tierRow = new QHBoxLayout;
    m_measure = new QLineEdit(QStringLiteral("local_fee_m1,ld_fee_m1"), tierPage);
    m_measure->setToolTip(tr("Columns summed into the fee measure, comma separated"));
    m_tierRule = new QLineEdit(tierPage);
    m_tierRule->setPlaceholderText(tr("all customers, or a rule"));
    m_tierCount = new QSpinBox(tierPage);
    m_tierCount->setRange(1, 12);
    m_tierCount->setValue(3);
    m_coverage = new QDoubleSpinBox(tierPage);
    m_coverage->setRange(1, 100);
    m_coverage->setValue(80);
    m_coverage->setSuffix(QStringLiteral(" %"));
    m_round = new QDoubleSpinBox(tierPage);
    m_round->setRange(0, 1000);
    m_round->setValue(10);
    m_round->setSuffix(tr(" yuan"));
    auto *loadButton = new QPushButton(tr("Load distribution"), tierPage);
    auto *proposeButton = new QPushButton(tr("Propose tiers"), tierPage);
    tierRow->addWidget(new QLabel(tr("Measure"), tierPage));
    tierRow->addWidget(m_measure, 2);
    tierRow->addWidget(new QLabel(tr("Customers"), tierPage));
    tierRow->addWidget(m_tierRule, 2);
    tierRow->addWidget(loadButton);
    tierLayout->addLayout(tierRow);
    auto *proposeRow = new QHBoxLayout;
    proposeRow->addWidget(new QLabel(tr("Tiers"), tierPage));
    proposeRow->addWidget(m_tierCount);
    proposeRow->addWidget(new QLabel(tr("Coverage"), tierPage));
    proposeRow->addWidget(m_coverage);
    proposeRow->addWidget(new QLabel(tr("Round edges to"), tierPage));
    proposeRow->addWidget(m_round);
    proposeRow->addWidget(proposeButton);
    proposeRow->addStretch(1);
    tierLayout->addLayout(proposeRow);
    auto *tierSplit = new QSplitter(Qt::Horizontal, tierPage);
    m_plot = new QCustomPlot(tierSplit);
    m_plot->setMinimumHeight(260);
    auto *bandBox = new QWidget(tierSplit);
    auto *bandLayout = new QVBoxLayout(bandBox);
    bandLayout->setContentsMargins(0, 0, 0, 0);
    m_bandTable = new QTableWidget(0, 4, bandBox);
    m_bandTable->setHorizontalHeaderLabels(
        {tr("From (yuan)"), tr("Below (yuan)"), tr("Customers"), tr("Share")});
    m_bandTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_coverageLabel = new QLabel(bandBox);
    auto *draftButton = new QPushButton(tr("Make package draft from band"), bandBox);
    bandLayout->addWidget(m_bandTable, 1);
    bandLayout->addWidget(m_coverageLabel);
    bandLayout->addWidget(draftButton);
    tierSplit->setStretchFactor(0, 3);
    tierSplit->setStretchFactor(1, 2);
    tierLayout->addWidget(tierSplit, 1);
    m_tabs->addTab(tierPage, tr("Tiers"));
    connect(loadButton, &QPushButton::clicked, this, &OfferView::loadTiers);
    connect(proposeButton, &QPushButton::clicked, this, [this] {
        proposeTiers(m_tierCount->value(), m_coverage->value() / 100.0, m_round->value());
    });
    connect(m_bandTable, &QTableWidget::cellChanged, this, &OfferView::edgeTableEdited);
    connect(draftButton, &QPushButton::clicked, this, [this] {
        const QString error = draftFromBand(m_bandTable->currentRow());
        if (error.isEmpty())
            m_tabs->setCurrentIndex(0);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, &OfferView::plotMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &OfferView::plotMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &OfferView::plotMouseRelease);

    // --- Matching: settings, result table with filters, per-package summary.
    auto *matchPage = new QWidget(m_tabs);
    auto *matchLayout = new QVBoxLayout(matchPage);
    auto *matchRow = new QHBoxLayout;
    m_matchRule = new QLineEdit(matchPage);
    m_matchRule->setPlaceholderText(tr("all customers, or a rule"));
    m_by = new QComboBox(matchPage);
    m_by->addItem(tr("Cheapest"), QStringLiteral("cheapest"));
    m_by->addItem(tr("Best value within budget"), QStringLiteral("value"));
    m_by->addItem(tr("Upsell adding a suggested feature"), QStringLiteral("upsell"));
    m_budget = moneySpin(matchPage, 10000, 0);
    m_budget->setPrefix(tr("+"));
    m_budget->setSuffix(tr(" yuan"));
    m_budget->setValue(10);
    auto *runButton = new QPushButton(tr("Match"), matchPage);
    matchRow->addWidget(new QLabel(tr("Customers"), matchPage));
    matchRow->addWidget(m_matchRule, 2);
    matchRow->addWidget(new QLabel(tr("Recommend"), matchPage));
    matchRow->addWidget(m_by);
    matchRow->addWidget(m_budget);
    matchRow->addWidget(runButton);
    matchLayout->addLayout(matchRow);
    m_matchStatus = new QLabel(matchPage);
    matchLayout->addWidget(m_matchStatus);
    auto *matchSplit = new QSplitter(Qt::Vertical, matchPage);
    m_summary = new QTableWidget(0, 5, matchSplit);
    m_summary->setHorizontalHeaderLabels({tr("Package"), tr("Customers"), tr("Today (yuan/month)"),
                                          tr("Expected (yuan/month)"),
                                          tr("Revenue effect (yuan/month)")});
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->verticalHeader()->setVisible(false);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *resultBox = new QWidget(matchSplit);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filterPackage = new QComboBox(resultBox);
    m_filterChange = moneySpin(resultBox, 100000, 0);
    m_filterChange->setSuffix(tr(" yuan"));
    filterRow->addWidget(new QLabel(tr("Show"), resultBox));
    filterRow->addWidget(m_filterPackage);
    filterRow->addWidget(new QLabel(tr("with a change of at least"), resultBox));
    filterRow->addWidget(m_filterChange);
    filterRow->addStretch(1);
    resultLayout->addLayout(filterRow);
    m_results = new MatchResultModel(this);
    m_resultView = new QTableView(resultBox);
    m_resultView->setModel(m_results);
    m_resultView->horizontalHeader()->setStretchLastSection(true);
    m_resultView->verticalHeader()->setDefaultSectionSize(22);
    resultLayout->addWidget(m_resultView, 1);
    matchSplit->setStretchFactor(0, 1);
    matchSplit->setStretchFactor(1, 3);
    matchLayout->addWidget(matchSplit, 1);
    m_tabs->addTab(matchPage, tr("Best package per customer"));
    connect(runButton, &QPushButton::clicked, this, &OfferView::runMatch);
    connect(m_by, &QComboBox::currentIndexChanged, this,
            [this] { m_budget->setEnabled(m_by->currentData().toString() == u"value"); });
    m_budget->setEnabled(false);
    auto filter = [this] {
        setResultFilter(m_filterPackage->currentData().toInt(), m_filterChange->value());
    };
    connect(m_filterPackage, &QComboBox::currentIndexChanged, this, filter);
    connect(m_filterChange, &QDoubleSpinBox::valueChanged, this, filter);
    refreshFilterChoices();
}

OfferView::~OfferView()
{
    if (m_thread) {
        if (m_job)
            m_job->requestCancel();
        m_thread->wait();
    }
}

void OfferView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_sample = MeasureSample{};
    m_tiers = TierProposal{};
    m_results->setResult(nullptr);
    reloadCatalog();
    showTiers();
    showSummary();
}

void OfferView::reloadCatalog()
{
    m_catalog.clear();
    if (m_workspace) {
        try {
            m_catalog = PackageStore(*m_workspace).list();
        } catch (const Error &e) {
            showError(e.message());
        }
    }
    showCatalog();
}

void OfferView::showCatalog()
{
    const int keep = m_catalogTable->currentRow();
    QSignalBlocker block(m_catalogTable);
    m_catalogTable->setRowCount(int(m_catalog.size()));
    for (int r = 0; r < m_catalog.size(); ++r) {
        const Package &p = m_catalog.at(r);
        QString discount;
        if (p.discount.kind == Discount::Kind::Amount)
            discount = tr("%1 yuan off, %2 months").arg(p.discount.value).arg(p.discount.months);
        else if (p.discount.kind == Discount::Kind::Percent)
            discount = tr("%1% off, %2 months").arg(p.discount.value).arg(p.discount.months);
        m_catalogTable->setItem(r, 0, readOnlyItem(p.name));
        m_catalogTable->setItem(r, 1, readOnlyItem(money(p.monthlyFee), true));
        m_catalogTable->setItem(r, 2, readOnlyItem(allowanceText(p.localMinutes), true));
        m_catalogTable->setItem(r, 3, readOnlyItem(allowanceText(p.ldMinutes), true));
        m_catalogTable->setItem(r, 4, readOnlyItem(allowanceText(p.dataMb), true));
        m_catalogTable->setItem(
            r, 5, readOnlyItem(p.isBundle() ? tr("%1M").arg(p.broadbandMbps) : QString(), true));
        m_catalogTable->setItem(r, 6, readOnlyItem(discount));
        m_catalogTable->setItem(r, 7,
                                readOnlyItem(p.eligibility.isEmpty() ? tr("all") : p.eligibility));
    }
    m_catalogTable->resizeColumnsToContents();
    if (keep >= 0 && keep < m_catalog.size())
        m_catalogTable->selectRow(keep);
    refreshFilterChoices();
}

Package OfferView::editedPackage() const
{
    auto allowance = [](const QDoubleSpinBox *spin) {
        return spin->value() <= kUnlimitedSpin ? Package::kUnlimited : spin->value();
    };
    Package p;
    p.name = m_name->text().trimmed();
    p.monthlyFee = m_fee->value();
    p.localMinutes = allowance(m_local);
    p.ldMinutes = allowance(m_ld);
    p.dataMb = allowance(m_data);
    p.broadbandMbps = m_broadband->value();
    p.localPerMinute = m_localPrice->value();
    p.ldPerMinute = m_ldPrice->value();
    p.dataPerMb = m_dataPrice->value();
    p.contractMonths = m_contract->value();
    p.discount.kind = Discount::Kind(m_discountKind->currentIndex());
    if (p.discount.kind != Discount::Kind::None) {
        p.discount.value = m_discountValue->value();
        p.discount.months = m_discountMonths->value();
    }
    p.eligibility = m_eligibility->text().trimmed();
    for (const QString &c : m_channels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.channels << c.trimmed();
    p.validFrom = QDate::fromString(m_validFrom->text().trimmed(), Qt::ISODate);
    p.validTo = QDate::fromString(m_validTo->text().trimmed(), Qt::ISODate);
    return p;
}

void OfferView::editPackage(const Package &p)
{
    auto allowance = [](double v) { return std::isinf(v) ? kUnlimitedSpin : v; };
    m_name->setText(p.name);
    m_fee->setValue(p.monthlyFee);
    m_local->setValue(allowance(p.localMinutes));
    m_ld->setValue(allowance(p.ldMinutes));
    m_data->setValue(allowance(p.dataMb));
    m_broadband->setValue(p.broadbandMbps);
    m_localPrice->setValue(p.localPerMinute);
    m_ldPrice->setValue(p.ldPerMinute);
    m_dataPrice->setValue(p.dataPerMb);
    m_contract->setValue(p.contractMonths);
    m_discountKind->setCurrentIndex(int(p.discount.kind));
    m_discountValue->setValue(p.discount.value);
    m_discountMonths->setValue(p.discount.months);
    m_eligibility->setText(p.eligibility);
    m_channels->setText(p.channels.join(QStringLiteral(", ")));
    m_validFrom->setText(p.validFrom.isValid() ? p.validFrom.toString(Qt::ISODate) : QString());
    m_validTo->setText(p.validTo.isValid() ? p.validTo.toString(Qt::ISODate) : QString());
}

void OfferView::selectPackage(int row)
{
    m_catalogTable->selectRow(row);
}

QString OfferView::applyEdit()
{
    if (!m_workspace)
        return {};
    const Package p = editedPackage();
    for (QLineEdit *date : {m_validFrom, m_validTo})
        if (!date->text().trimmed().isEmpty() &&
            !QDate::fromString(date->text().trimmed(), Qt::ISODate).isValid()) {
            showError(tr("Validity dates are written YYYY-MM-DD, got '%1'").arg(date->text()));
            return m_error->text();
        }
    try {
        validatePackage(p);
    } catch (const Error &e) {
        showError(e.message());
        return e.message();
    }
    QList<Package> after = m_catalog;
    const QList<QTableWidgetItem *> selected = m_catalogTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    for (int i = 0; i < after.size(); ++i)
        if (i != row && after.at(i).name.compare(p.name, Qt::CaseInsensitive) == 0) {
            showError(tr("A package called '%1' already exists").arg(p.name));
            return m_error->text();
        }
    if (row >= 0 && row < after.size()) {
        after[row] = p;
        pushCatalog(after, tr("Edit package %1").arg(p.name));
    } else {
        after << p;
        pushCatalog(after, tr("Add package %1").arg(p.name));
        m_catalogTable->selectRow(int(after.size()) - 1);
    }
    return m_error->text();
}

QString OfferView::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_catalogTable->selectedItems();
    if (selected.isEmpty() || !m_workspace)
        return {};
    const int row = selected.first()->row();
    QList<Package> after = m_catalog;
    const QString name = after.takeAt(row).name;
    pushCatalog(after, tr("Remove package %1").arg(name));
    return m_error->text();
}

void OfferView::pushCatalog(const QList<Package> &after, const QString &text)
{
    showError(QString());
    m_undoStack->push(new CatalogCommand(this, m_workspace, m_catalog, after, text));
}

void OfferView::storeCatalog(const QList<Package> &packages)
{
    if (!m_workspace)
        return;
    try {
        PackageStore(*m_workspace).replaceAll(packages);
        showError(QString());
    } catch (const Error &e) {
        showError(e.message());
    }
    reloadCatalog();
}

// --- Tiers.

void OfferView::setMeasure(const QString &columns, const QString &rule)
{
    m_measure->setText(columns);
    m_tierRule->setText(rule);
}

void OfferView::loadTiers()
{
    QStringList columns;
    for (const QString &c : m_measure->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        columns << c.trimmed();
    const QString rule = m_tierRule->text();
    auto sample = std::make_shared<MeasureSample>();
    runInWorker(
        [sample, columns, rule](Workspace &ws, JobControl *job) {
            *sample = loadMeasure(ws, *scopeFromRule(rule), columns, job);
        },
        [this, sample] {
            m_sample = std::move(*sample);
            try {
                m_tiers = cwb::proposeTiers(m_sample.values, m_tierCount->value(),
                                            m_coverage->value() / 100.0, m_round->value());
            } catch (const Error &e) {
                m_tiers = TierProposal{};
                showError(e.message());
            }
            showTiers();
            emit tiersLoaded();
        });
}

void OfferView::proposeTiers(int tiers, double coverage, double roundTo)
{
    try {
        m_tiers = cwb::proposeTiers(m_sample.values, tiers, coverage, roundTo);
        showError(QString());
    } catch (const Error &e) {
        showError(e.message());
    }
    showTiers();
}

void OfferView::setEdge(int index, double value)
{
    if (index < 0 || index >= int(m_tiers.edges.size()))
        return;
    std::vector<double> edges = m_tiers.edges;
    edges[std::size_t(index)] = value;
    try {
        m_tiers = evaluateEdges(m_sample.values, edges);
        showError(QString());
    } catch (const Error &e) {
        showError(e.message());
    }
    showTiers();
}

QString OfferView::coverageText() const
{
    if (m_tiers.bands.empty())
        return tr("No tiers yet: load a distribution");
    return tr("%1 bands cover %2% of %3 customers (%4 without a value)")
        .arg(m_tiers.bands.size())
        .arg(m_tiers.coverage * 100.0, 0, 'f', 1)
        .arg(m_sample.size())
        .arg(m_sample.missing);
}

void OfferView::showTiers()
{
    m_fillingBands = true;
    m_bandTable->setRowCount(int(m_tiers.bands.size()));
    for (int r = 0; r < int(m_tiers.bands.size()); ++r) {
        const Band &b = m_tiers.bands[std::size_t(r)];
        m_bandTable->setItem(r, 0, new QTableWidgetItem(QString::number(b.from, 'g', 10)));
        m_bandTable->setItem(r, 1, new QTableWidgetItem(QString::number(b.to, 'g', 10)));
        m_bandTable->setItem(r, 2, readOnlyItem(QString::number(b.count), true));
        m_bandTable->setItem(
            r, 3, readOnlyItem(QStringLiteral("%1 %").arg(b.share * 100.0, 0, 'f', 1), true));
    }
    m_fillingBands = false;
    m_coverageLabel->setText(coverageText());
    plotTiers();
}

void OfferView::edgeTableEdited(int row, int column)
{
    if (m_fillingBands || column > 1)
        return;
    bool ok = false;
    const double value = m_bandTable->item(row, column)->text().toDouble(&ok);
    if (!ok) {
        showError(tr("A band edge is a number of yuan, got '%1'")
                      .arg(m_bandTable->item(row, column)->text()));
        showTiers();
        return;
    }
    setEdge(row + column, value); // band r runs from edge r to edge r + 1
}

void OfferView::plotTiers()
{
    charts::reset(m_plot);
    charts::title(m_plot)->setText(
        m_sample.size() > 0
            ? tr("Distribution of %1").arg(m_measure->text().split(QLatin1Char(',')).join(u" + "))
            : tr("Load a distribution to design tiers"));
    if (m_sample.size() == 0) {
        m_plot->replot();
        return;
    }
    const Histogram h = autoHistogram(m_sample.values);
    QVector<double> keys, values;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        keys << h.from + (double(i) + 0.5) * h.width;
        values << double(h.counts[i]);
    }
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setData(keys, values, true);
    bars->setWidth(h.width * 0.92);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x4c, 0x78, 0xa8));
    const double top = values.isEmpty() ? 1.0 : *std::max_element(values.begin(), values.end());
    for (std::size_t j = 0; j < m_tiers.bands.size(); ++j) {
        const Band &b = m_tiers.bands[j];
        auto *rect = new QCPItemRect(m_plot);
        rect->topLeft->setCoords(b.from, top * 1.08);
        rect->bottomRight->setCoords(b.to, 0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(QColor(j % 2 ? 0xf2 : 0xe4, 0x8e, 0x2c, 40));
        rect->setLayer(QStringLiteral("background"));
        auto *label = new QCPItemText(m_plot);
        // Alternate heights so that the labels of narrow neighbouring bands do not overlap.
        label->position->setCoords((b.from + b.to) / 2.0, top * (j % 2 ? 0.96 : 1.04));
        label->setText(QStringLiteral("%1 %").arg(b.share * 100.0, 0, 'f', 1));
    }
    for (const double edge : m_tiers.edges) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(edge, 0);
        line->point2->setCoords(edge, 1);
        line->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    }
    m_plot->xAxis->setLabel(tr("yuan per month"));
    m_plot->yAxis->setLabel(tr("customers"));
    // Up to the 95th percentile, or twice the highest edge: the long tail of a fee
    // distribution would squeeze the bands into a corner.
    const double p95 = m_sample.values[std::size_t(double(m_sample.values.size() - 1) * 0.95)];
    const double lastEdge = m_tiers.edges.empty() ? 0.0 : m_tiers.edges.back();
    const double right = std::min(h.from + h.width * double(h.counts.size()),
                                  std::max(p95, lastEdge * 2.0) + h.width);
    m_plot->xAxis->setRange(h.from, right);
    m_plot->yAxis->setRange(0, top * 1.1);
    m_plot->replot();
}

void OfferView::plotMousePress(QMouseEvent *event)
{
    m_dragEdge = -1;
    double best = 8; // pixels
    for (std::size_t j = 0; j < m_tiers.edges.size(); ++j) {
        const double px = m_plot->xAxis->coordToPixel(m_tiers.edges[j]);
        if (std::abs(px - event->position().x()) <= best) {
            best = std::abs(px - event->position().x());
            m_dragEdge = int(j);
        }
    }
}

void OfferView::plotMouseMove(QMouseEvent *event)
{
    if (m_dragEdge < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    double value = m_plot->xAxis->pixelToCoord(event->position().x());
    if (m_round->value() > 0)
        value = std::round(value / m_round->value()) * m_round->value();
    const auto j = std::size_t(m_dragEdge);
    if (j > 0 && value <= m_tiers.edges[j - 1])
        return;
    if (j + 1 < m_tiers.edges.size() && value >= m_tiers.edges[j + 1])
        return;
    if (value != m_tiers.edges[j])
        setEdge(m_dragEdge, value);
}

void OfferView::plotMouseRelease(QMouseEvent *)
{
    m_dragEdge = -1;
}

QString OfferView::draftFromBand(int band)
{
    if (band < 0 || band >= int(m_tiers.bands.size())) {
        showError(tr("Select a band first"));
        return m_error->text();
    }
    const Band &b = m_tiers.bands[std::size_t(band)];
    QString name = tr("Tier %1 (%2-%3 yuan)").arg(band + 1).arg(b.from).arg(b.to);
    auto taken = [this](const QString &n) {
        return std::any_of(m_catalog.begin(), m_catalog.end(), [&n](const Package &p) {
            return p.name.compare(n, Qt::CaseInsensitive) == 0;
        });
    };
    for (int k = 2; taken(name); ++k)
        name = tr("Tier %1 (%2-%3 yuan) #%4").arg(band + 1).arg(b.from).arg(b.to).arg(k);
    try {
        const Package draft = draftPackage(m_sample, b, name);
        pushCatalog(m_catalog + QList<Package>{draft}, tr("Package draft %1").arg(name));
        m_catalogTable->selectRow(int(m_catalog.size()) - 1);
        const QStringList warnings = draftWarnings(draft, b);
        if (!warnings.isEmpty())
            showError(warnings.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        showError(e.message());
    }
    return m_error->text();
}

// --- Matching.

void OfferView::setMatchOptions(const QString &rule, const QString &by)
{
    m_matchRule->setText(rule);
    const MatchRule parsed = parseMatchRule(by);
    m_by->setCurrentIndex(int(parsed.kind));
    m_budget->setValue(parsed.maxIncrease);
}

void OfferView::runMatch()
{
    MatchOptions options;
    options.rule.kind = MatchRule::Kind(m_by->currentIndex());
    options.rule.maxIncrease = m_budget->value();
    const QString rule = m_matchRule->text();
    const QList<Package> packages = m_catalog;
    auto result = std::make_shared<MatchResult>();
    runInWorker(
        [result, rule, packages, options](Workspace &ws, JobControl *job) {
            *result = matchPackages(ws, *scopeFromRule(rule), packages, options, job);
        },
        [this, result, options] {
            m_results->setResult(result);
            m_resultView->resizeColumnsToContents(); // the rows on screen and the headers
            m_matchStatus->setText(
                tr("%1 customers, recommended by %2")
                    .arg(QLocale().toString(qint64(result->size())), ruleLabel(options.rule)));
            refreshFilterChoices();
            showSummary();
            emit matchFinished();
        });
}

void OfferView::showSummary()
{
    const MatchResult *r = m_results->result();
    m_summary->setRowCount(r ? int(r->summary.size()) : 0);
    if (!r)
        return;
    for (int i = 0; i < r->summary.size(); ++i) {
        const PackageSummary &s = r->summary.at(i);
        m_summary->setItem(
            i, 0, readOnlyItem(s.package.isEmpty() ? tr("(no recommendation)") : s.package));
        m_summary->setItem(i, 1, readOnlyItem(QLocale().toString(qint64(s.customers)), true));
        m_summary->setItem(i, 2, readOnlyItem(money(s.todayTotal), true));
        m_summary->setItem(i, 3, readOnlyItem(money(s.billTotal), true));
        m_summary->setItem(i, 4, readOnlyItem(money(s.revenueEffect()), true));
    }
}

void OfferView::refreshFilterChoices()
{
    QSignalBlocker block(m_filterPackage);
    m_filterPackage->clear();
    m_filterPackage->addItem(tr("all customers"), MatchResultModel::kAllPackages);
    const MatchResult *r = m_results->result();
    if (r)
        for (int p = 0; p < r->packages.size(); ++p)
            m_filterPackage->addItem(r->packages.at(p).name, p);
    m_filterPackage->addItem(tr("no recommendation"), MatchResultModel::kNoPackage);
}

void OfferView::setResultFilter(int package, double minChange)
{
    m_results->setFilter(package, minChange);
}

void OfferView::cancelWork()
{
    if (m_job)
        m_job->requestCancel();
}

QString OfferView::errorText() const
{
    return m_error->text();
}

void OfferView::showError(const QString &message)
{
    m_error->setText(message);
}

void OfferView::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setRange(0, 0);
    m_progress->setFormat(what);
    m_tabs->setEnabled(!busy);
}

void OfferView::runInWorker(std::function<void(Workspace &, JobControl *)> work,
                            std::function<void()> done)
{
    if (!m_workspace)
        return;
    if (m_thread) {
        showError(tr("Wait for the running computation or cancel it"));
        return;
    }
    showError(QString());
    auto job = std::make_shared<JobControl>();
    m_job = job;
    QPointer<OfferView> self(this);
    job->onProgress = [self](const Progress &progress) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, progress] {
                if (!self)
                    return;
                self->m_progress->setRange(0, int(std::min<qint64>(progress.bytesTotal, 1 << 30)));
                self->m_progress->setValue(int(std::min<qint64>(progress.bytesDone, 1 << 30)));
            },
            Qt::QueuedConnection);
    };
    const QString path = m_workspace->path();
    auto error = std::make_shared<QString>();
    auto cancelled = std::make_shared<bool>(false);
    m_thread = QThread::create([path, work, job, error, cancelled] {
        try {
            // A connection of its own: the GUI keeps using the view's workspace meanwhile.
            auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
            work(*ws, job.get());
        } catch (const Cancelled &) {
            *cancelled = true;
        } catch (const Error &e) {
            *error = e.message();
        } catch (const std::exception &e) {
            *error = QString::fromLocal8Bit(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, [this, done, error, cancelled] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_job.reset();
        setBusy(false, QString());
        if (*cancelled)
            showError(tr("Cancelled"));
        else if (!error->isEmpty()) {
            showError(*error);
            emit workFailed(*error);
        } else
            done();
    });
    setBusy(true, tr("Working..."));
    m_thread->start();
}

} // namespace cwb
