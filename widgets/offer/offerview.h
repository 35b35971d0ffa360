// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offer/matching.h"
#include "offer/tiers.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace cwb {

class JobControl;
class MatchResultModel;
class Workspace;

// The Offers step: the package catalog (table and editor; every change is an undoable command
// on the shell's undo stack and is stored in the workspace at once), the tier designer (a fee
// measure's histogram with the proposed band edges, editable by typing or dragging, each band's
// share and the coverage recomputed at once, a band turned into a package draft) and the best
// package per customer (run on a worker thread with progress and cancel; result table with
// filters and a per-package summary). All figures come from models/offer.
class OfferView : public QWidget
{
    Q_OBJECT

public:
    explicit OfferView(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~OfferView() override;

    void setWorkspace(Workspace *workspace);

    // Catalog.
    QList<Package> catalog() const { return m_catalog; }
    QTableWidget *catalogTable() const { return m_catalogTable; }
    // The editor's fields as a package (not validated).
    Package editedPackage() const;
    void editPackage(const Package &package);
    // Validates the edited package and pushes the command that adds it (a new name) or
    // replaces the selected package; returns the error shown, or an empty string.
    QString applyEdit();
    QString removeSelected();
    void selectPackage(int row);

    // Tiers.
    void setMeasure(const QString &columns, const QString &rule);
    void loadTiers(); // worker thread; emits tiersLoaded
    const MeasureSample &measure() const { return m_sample; }
    const TierProposal &tiers() const { return m_tiers; }
    void setEdge(int index, double value); // as if typed
    void proposeTiers(int tiers, double coverage, double roundTo);
    QString coverageText() const;
    QTableWidget *bandTable() const { return m_bandTable; }
    QString draftFromBand(int band); // pushes the draft onto the catalog; returns an error

    // Matching.
    void setMatchOptions(const QString &rule, const QString &by);
    void runMatch(); // worker thread; emits matchFinished
    void cancelWork();
    MatchResultModel *resultModel() const { return m_results; }
    QTableWidget *summaryTable() const { return m_summary; }
    void setResultFilter(int package, double minChange);
    QString errorText() const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void tiersLoaded();
    void matchFinished();
    void workFailed(const QString &message);

private:
    friend class CatalogCommand;
    void storeCatalog(const QList<Package> &packages); // from the undo commands
    void reloadCatalog();
    void showCatalog();
    void pushCatalog(const QList<Package> &after, const QString &text);
    void showTiers();
    void plotTiers();
    void edgeTableEdited(int row, int column);
    void plotMousePress(QMouseEvent *event);
    void plotMouseMove(QMouseEvent *event);
    void plotMouseRelease(QMouseEvent *event);
    void showSummary();
    void refreshFilterChoices();
    void showError(const QString &message);
    void setBusy(bool busy, const QString &what);
    void runInWorker(std::function<void(Workspace &, JobControl *)> work,
                     std::function<void()> done);

    QUndoStack *m_undoStack;
    Workspace *m_workspace = nullptr;
    QList<Package> m_catalog;
    QTabWidget *m_tabs;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    std::shared_ptr<JobControl> m_job;
    QThread *m_thread = nullptr;

    // Catalog tab.
    QTableWidget *m_catalogTable;
    QLineEdit *m_name;
    QDoubleSpinBox *m_fee;
    QDoubleSpinBox *m_local;
    QDoubleSpinBox *m_ld;
    QDoubleSpinBox *m_data;
    QSpinBox *m_broadband;
    QDoubleSpinBox *m_localPrice;
    QDoubleSpinBox *m_ldPrice;
    QDoubleSpinBox *m_dataPrice;
    QSpinBox *m_contract;
    QComboBox *m_discountKind;
    QDoubleSpinBox *m_discountValue;
    QSpinBox *m_discountMonths;
    QLineEdit *m_eligibility;
    QLineEdit *m_channels;
    QLineEdit *m_validFrom;
    QLineEdit *m_validTo;

    // Tiers tab.
    QLineEdit *m_measure;
    QLineEdit *m_tierRule;
    QSpinBox *m_tierCount;
    QDoubleSpinBox *m_coverage;
    QDoubleSpinBox *m_round;
    QCustomPlot *m_plot;
    QTableWidget *m_bandTable;
    QLabel *m_coverageLabel;
    MeasureSample m_sample;
    TierProposal m_tiers;
    bool m_fillingBands = false;
    int m_dragEdge = -1;

    // Matching tab.
    QLineEdit *m_matchRule;
    QComboBox *m_by;
    QDoubleSpinBox *m_budget;
    QTableView *m_resultView;
    MatchResultModel *m_results;
    QTableWidget *m_summary;
    QComboBox *m_filterPackage;
    QDoubleSpinBox *m_filterChange;
    QLabel *m_matchStatus;
};

} // namespace cwb
