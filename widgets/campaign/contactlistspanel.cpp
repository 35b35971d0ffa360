// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/contactlistspanel.h"

#include "core/error.h"
#include "simulate/simulatedefaults.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cwb {

using namespace campaign;

ContactListsPanel::ContactListsPanel(QWidget *parent)
    : QWidget(parent), m_counts(new QTableWidget(this)), m_kind(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_import(new QPushButton(tr("&Import list file..."), this)), m_result(new QLabel(this)),
      m_rejects(new QPlainTextEdit(this)), m_period(new QLineEdit(this)),
      m_share(new QDoubleSpinBox(this)), m_seed(new QLineEdit(this)),
      m_draw(new QPushButton(tr("&Draw universal control"), this)), m_universal(new QLabel(this)),
      m_error(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);

    auto *countsBox = new QGroupBox(tr("Contact lists"), this);
    auto *countsLayout = new QVBoxLayout(countsBox);
    m_counts->setColumnCount(3);
    m_counts->setHorizontalHeaderLabels({tr("List"), tr("Channel"), tr("Entries")});
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setStretchLastSection(true);
    countsLayout->addWidget(m_counts);
    layout->addWidget(countsBox, 1);

    auto *right = new QVBoxLayout;
    auto *importBox = new QGroupBox(tr("Import a list"), this);
    auto *importForm = new QFormLayout(importBox);
    m_kind->addItem(tr("Blacklist (no marketing at all)"), int(ListKind::Blacklist));
    m_kind->addItem(tr("Graylist (no contact through one channel)"), int(ListKind::Graylist));
    m_kind->addItem(tr("Do not disturb"), int(ListKind::DoNotDisturb));
    m_channel->addItems(simulate::channelNames());
    m_reason->setPlaceholderText(tr("optional, e.g. complaint"));
    importForm->addRow(tr("&List:"), m_kind);
    importForm->addRow(tr("C&hannel:"), m_channel);
    importForm->addRow(tr("&Reason:"), m_reason);
    importForm->addRow(m_import);
    m_result->setWordWrap(true);
    importForm->addRow(m_result);
    m_rejects->setReadOnly(true);
    m_rejects->setPlaceholderText(tr("Rejected lines of the last import"));
    m_rejects->setMaximumHeight(140);
    importForm->addRow(m_rejects);
    right->addWidget(importBox);

    auto *universalBox = new QGroupBox(tr("Universal control group"), this);
    auto *universalForm = new QFormLayout(universalBox);
    auto *note = new QLabel(tr("A share of the whole base that no campaign of the period "
                               "contacts. A period is drawn once."),
                            universalBox);
    note->setWordWrap(true);
    universalForm->addRow(note);
    m_period->setPlaceholderText(tr("e.g. 2026-12"));
    m_share->setRange(0.001, 0.5);
    m_share->setDecimals(3);
    m_share->setSingleStep(0.01);
    m_share->setValue(0.05);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), this));
    m_seed->setText(QString::number(QRandomGenerator::global()->bounded(1, 1000000000)));
    universalForm->addRow(tr("&Period:"), m_period);
    universalForm->addRow(tr("&Share:"), m_share);
    universalForm->addRow(tr("S&eed:"), m_seed);
    universalForm->addRow(m_draw);
    universalForm->addRow(m_universal);
    right->addWidget(universalBox);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cc0000"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_error);
    right->addStretch(1);
    layout->addLayout(right, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_channel->setEnabled(ListKind(m_kind->currentData().toInt()) == ListKind::Graylist);
    });
    m_channel->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &ContactListsPanel::importAsked);
    connect(m_draw, &QPushButton::clicked, this, &ContactListsPanel::drawAsked);
    connect(m_period, &QLineEdit::textChanged, this, &ContactListsPanel::showUniversal);
    setWorkspace(nullptr);
}

void ContactListsPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_import->setEnabled(workspace && !workspace->isReadOnly());
    m_draw->setEnabled(workspace && !workspace->isReadOnly());
    m_result->clear();
    m_rejects->clear();
    m_error->clear();
    refresh();
}

void ContactListsPanel::setPeriod(const QString &period)
{
    m_period->setText(period);
}

void ContactListsPanel::refresh()
{
    m_counts->setRowCount(0);
    if (!m_workspace) {
        showUniversal();
        return;
    }
    try {
        ContactLists lists(*m_workspace);
        auto addRow = [this](const QString &list, const QString &channel, qint64 count) {
            const int row = m_counts->rowCount();
            m_counts->insertRow(row);
            m_counts->setItem(row, 0, new QTableWidgetItem(list));
            m_counts->setItem(row, 1, new QTableWidgetItem(channel));
            auto *item = new QTableWidgetItem(QLocale().toString(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, 2, item);
        };
        addRow(tr("Blacklist"), tr("all"), lists.count(ListKind::Blacklist));
        for (const QString &channel : simulate::channelNames())
            addRow(tr("Graylist"), channel, lists.count(ListKind::Graylist, channel));
        addRow(tr("Do not disturb"), tr("all"), lists.count(ListKind::DoNotDisturb));
    } catch (const Error &e) {
        showError(e.message());
    }
    showUniversal();
}

ListImportResult ContactListsPanel::importFile(ListKind kind, const QString &channel,
                                               const QString &path)
{
    m_error->clear();
    ListImportResult result;
    if (!m_workspace)
        return result;
    try {
        result = ContactLists(*m_workspace)
                     .importFile(kind, kind == ListKind::Graylist ? channel : QString(), path,
                                 m_reason->text().trimmed());
    } catch (const Error &e) {
        showError(e.message());
        return result;
    }
    const QLocale locale;
    m_result->setText(tr("%1: %2 read, %3 added (%4 customer ids, %5 phone numbers), %6 listed "
                         "before, %7 rejected.")
                          .arg(listKindName(kind), locale.toString(result.read),
                               locale.toString(result.added), locale.toString(result.customerIds),
                               locale.toString(result.phones), locale.toString(result.already),
                               locale.toString(result.rejected)));
    m_rejects->setPlainText(result.rejects.join(QLatin1Char('\n')));
    refresh();
    return result;
}

void ContactListsPanel::importAsked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import list file"), QString(),
                                                      tr("Lists (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    importFile(ListKind(m_kind->currentData().toInt()), m_channel->currentText(), path);
}

QString ContactListsPanel::drawUniversalControl(double share, quint64 seed)
{
    m_error->clear();
    if (!m_workspace)
        return tr("no workspace is open");
    const QString period = m_period->text().trimmed();
    if (period.isEmpty()) {
        showError(tr("Period: enter the period the group is for, e.g. 2026-12"));
        return errorText();
    }
    try {
        ContactLists(*m_workspace).drawUniversalControl(period, share, seed);
    } catch (const Error &e) {
        showError(e.message());
        return e.message();
    }
    showUniversal();
    return {};
}

void ContactListsPanel::drawAsked()
{
    bool ok = false;
    const quint64 seed = m_seed->text().toULongLong(&ok);
    if (!ok) {
        showError(tr("Seed: expected a whole number"));
        return;
    }
    drawUniversalControl(m_share->value(), seed);
}

void ContactListsPanel::showUniversal()
{
    const QString period = m_period->text().trimmed();
    if (!m_workspace || period.isEmpty()) {
        m_universal->setText(tr("Enter a period to see its group."));
        return;
    }
    try {
        const qint64 size = ContactLists(*m_workspace).universalControlSize(period);
        m_universal->setText(
            size > 0 ? tr("Period %1: %2 customers drawn.").arg(period, QLocale().toString(size))
                     : tr("Period %1: not drawn yet.").arg(period));
        m_draw->setEnabled(size == 0 && !m_workspace->isReadOnly());
    } catch (const Error &e) {
        m_universal->setText(e.message());
    }
}

void ContactListsPanel::showError(const QString &message)
{
    m_error->setText(message);
}

QString ContactListsPanel::resultText() const
{
    return m_result->text() + QLatin1Char('\n') + m_rejects->toPlainText();
}

QString ContactListsPanel::errorText() const
{
    return m_error->text();
}

QString ContactListsPanel::universalText() const
{
    return m_universal->text();
}

} // namespace cwb
