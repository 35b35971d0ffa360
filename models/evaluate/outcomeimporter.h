// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csvreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cwb {

class JobControl;
class Workspace;

// The answer recorded for one call attempt.
enum class OutcomeCode
{
    AgreedPaid,   // 同意办理
    AgreedTrial,  // 同意试用
    Considering,  // 考虑
    Refused,      // 拒绝 (with a reason)
    DoNotDisturb, // 勿扰
    WrongNumber,  // 号码错误
    NotReached    // 未接通
};

// "agreed_paid", "agreed_trial", "considering", "refused", "do_not_disturb", "wrong_number",
// "not_reached": the names stored in the outcomes table.
QString outcomeCodeName(OutcomeCode code);
// The code for a cell: the names above (any case; blanks, '-' and ' ' read as '_') or the
// Chinese labels 同意办理, 同意试用, 考虑, 拒绝, 勿扰, 号码错误, 未接通. Empty when unknown.
std::optional<OutcomeCode> parseOutcomeCode(QStringView text);
// Agreed (paid or trial): the customer said yes; only these can be completed.
bool isAgreement(OutcomeCode code);
// An intention (意向): agreed paid, agreed trial or considering.
bool isIntention(OutcomeCode code);
// A conversation took place: every code but not_reached and wrong_number.
bool needsConnection(OutcomeCode code);

struct OutcomeImportOptions
{
    QString campaign;      // the campaign's name (required)
    QString sheet;         // XLSX: the worksheet (empty: the first)
    CsvOptions csv;        // CSV: encoding and delimiter
    int keepRejects = 200; // rejects returned in the result (all are stored in outcome_rejects)
};

struct OutcomeReject
{
    qint64 line = 0;
    QString column; // the column at fault, or empty for the whole row
    QString reason;
    QString raw;
};

// What an outcome import did.
struct OutcomeImportResult
{
    QString campaign;
    QString file;
    QString fileHash;    // XXH3-128 of the file's bytes
    qint64 importId = 0; // the new outcome_imports row (0 when the file was imported before)
    bool alreadyImported = false; // the same file was imported for the campaign before: no change
    qint64 previousImportId = 0;  // ... as this import
    qint64 rowsRead = 0;          // data rows of the file
    qint64 added = 0;             // attempts recorded
    qint64 unchanged = 0; // attempts recorded before with the same content (not counted twice)
    qint64 rejected = 0;
    qint64 dndAdded = 0; // customers added to the do-not-disturb list
    // Earlier imports of the campaign whose recorded attempts this file all holds again (a
    // corrected or complete re-send): they are replaced, their rejects were deleted.
    QList<qint64> replacedImports;
    qint64 rejectsDropped = 0;    // reject rows of the replaced imports deleted
    QList<OutcomeReject> rejects; // the first OutcomeImportOptions::keepRejects
    QStringList mapping;          // "header -> field" for every recognised column

    QJsonObject toJson() const;
};

// Loads the call outcomes of a campaign from a CSV or XLSX file (an XLSX file is recognised by
// its content). Columns are found by their header, English or Chinese (see the synonyms in
// outcomeimporter.cpp and docs/evaluation.md): customer id, attempt time, connected and outcome
// are required; agent, completion date, package chosen and refusal reason are optional.
//
// A row is rejected, with its line, column and reason, when: a required cell is empty or not
// readable (attempt time not a date-time, connected not yes/no, an unknown outcome code); the
// customer id is not in the workspace; the customer is not a target of the campaign (a control,
// or not a member); the sequence is impossible (an outcome that needs a conversation with
// connected = no, not_reached with connected = yes, a completion date without an agreement,
// a completion date before the attempt's date); or the attempt (campaign, customer, attempt time)
// was recorded before with a different content. An attempt recorded before with the same
// content counts as unchanged, so importing the same attempts again never counts them twice;
// importing the very same file (same hash) again changes nothing at all.
//
// An import replaces an earlier import of the same campaign whose recorded attempts its file all
// holds again (unchanged): the earlier import's rejects are deleted, since this import checked
// the same calls again and keeps its own rejects (Retention::dropReplacedOutcomeImports); the
// earlier import's log row and attempts stay.
//
// Do-not-disturb answers are added to the do-not-disturb list (ContactLists). Everything runs
// in one transaction: after an error (unknown campaign, missing required column, unreadable
// file) or a cancel the workspace is unchanged.
class OutcomeImporter
{
public:
    static OutcomeImportResult run(Workspace &workspace, const QString &path,
                                   const OutcomeImportOptions &options, JobControl *job = nullptr);
};

} // namespace cwb
