// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/ruleengine.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace cwb {

class JobControl;

// What one run of a rule gives the view: the count and the first customers (RuleEngine::select,
// RuleEngine::rows), how long the count took, or the error.
struct RuleRunResult
{
    QString rule;
    RuleCount count;
    RuleSample sample;
    double countSeconds = 0;
    QString error;     // empty when the rule ran
    int errorLine = 0; // > 0 when the error is a positioned RuleError
    int errorColumn = 0;
};

// Counts a rule off the GUI thread. request() waits a short debounce (150 ms) so that typing
// gives one run per pause; every run gets a job id and cancels the run before it (the columnar
// count or the SQLite query is interrupted); a result whose id is not the latest is dropped
// (droppedResults()), so the view never shows the count of an older text.
//
// The runs go through one RuleEngine object per open workspace, kept on the worker thread with
// its own read-only connection to the workspace file (the GUI thread's connection is never
// shared): the first count loads the columns the rule reads into the engine's columnar cache,
// later counts run in memory (RuleCount::path says which path ran). The cache reloads by itself
// when the workspace's data_version moves; changing the workspace drops the engine.
class RuleCountRunner : public QObject
{
    Q_OBJECT

public:
    explicit RuleCountRunner(QObject *parent = nullptr);
    ~RuleCountRunner() override;

    void setWorkspacePath(const QString &path); // empty: no workspace (runs fail)
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    void setSampleSize(int rows) { m_sampleSize = rows; }
    int sampleSize() const { return m_sampleSize; }
    void setToday(QDate today) { m_today = today; } // default: the current date

    void request(const QString &rule); // runs after the debounce (restarting it)
    int runNow(const QString &rule);   // starts at once; returns the job id
    void cancel();                     // drops the pending and the running job
    int latestJobId() const { return m_latest; }
    bool isRunning() const { return m_running > 0; }
    int droppedResults() const { return m_dropped; }
    // Runs done by the engine kept for the current workspace (0 after a change of workspace).
    int engineRuns() const;

signals:
    void started(int jobId);
    void finished(int jobId, const cwb::RuleRunResult &result);

private:
    void deliver(int jobId, std::shared_ptr<RuleRunResult> result, bool cancelled);

    struct Engine; // the worker thread's workspace connection and RuleEngine
    std::shared_ptr<Engine> m_engine;
    QThreadPool m_pool;
    QTimer m_debounce;
    QString m_pending;
    QString m_path;
    QDate m_today;
    int m_sampleSize = 50;
    std::shared_ptr<JobControl> m_job;
    int m_latest = 0;
    int m_running = 0;
    int m_dropped = 0;
};

} // namespace cwb
