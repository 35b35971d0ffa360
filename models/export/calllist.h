// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace cwb {
class JobControl;
class Workspace;
} // namespace cwb

namespace cwb::exporting {

using Language = cwb::Language; // core/language.h

// The thresholds behind the feature phrases of a call list (docs/call-lists.md). A phrase is
// shown when its value reaches the threshold; a column the extract lacks never fires.
struct FeatureThresholds
{
    double localMinutes = 500.0;    // local_minutes_m1 >= 500       -> many local calls
    double longDistanceShare = 0.3; // ld_fee_m1 / total_fee_m1 >= 0.3 -> many long-distance calls
    double longDistanceMinutes = 300.0; // ... or ld_minutes_m1 >= 300
    double roamingFee = 30.0;           // roaming_fee_m1 >= 30 yuan    -> much roaming
    double dataMb = 10240.0;            // data_mb_m1 >= 10,240 MB      -> heavy internet use
    int contractDays = 90; // contract_end within [today, today + 90 days] -> contract expiring
};

// The extract values the phrases look at (missing: not in the extract or blank).
struct CustomerFacts
{
    std::optional<double> localMinutes; // local_minutes_m1
    std::optional<double> ldFee;        // ld_fee_m1
    std::optional<double> totalFee;     // total_fee_m1
    std::optional<double> ldMinutes;    // ld_minutes_m1
    std::optional<double> roamingFee;   // roaming_fee_m1
    std::optional<double> dataMb;       // data_mb_m1
    QDate contractEnd;                  // contract_end
};

// The customer's features as short phrases, in a fixed order (local, long distance, roaming,
// internet, contract): "many long-distance calls", "contract expiring" / "长途通话多", ...
QStringList featurePhrases(const CustomerFacts &facts, const FeatureThresholds &thresholds,
                           QDate today, Language language);

// Masks the middle digits of a phone number for printed lists: 13812348000 -> 138****8000 (the
// first three and the last four digits stay). Separators are dropped; numbers with fewer than 8
// digits keep only their last two digits visible; an empty value stays empty.
QString maskPhone(const QString &phone);

enum class SplitBy
{
    Agent, // N agents per cell of a staffed channel: round-robin or balanced by count
    Grid   // one list per marketing grid of the cell
};
enum class AgentMode
{
    RoundRobin, // row i (highest value first) goes to agent i mod N: each gets a like mix
    Balanced    // consecutive blocks, the first (rows mod N) agents one row more: an agent's
                // customers stay together (rows are ordered by grid, then value)
};

// Whether a channel's lists are worked by staff (outbound call, door-to-door visit) and so are
// split by agent; SMS, direct mail and store lists stay one list per cell and wave.
bool staffedChannel(const QString &channel);

// The agent (0-based) of each of `rows` rows. Counts differ by at most one either way.
std::vector<int> assignAgents(qsizetype rows, int agents, AgentMode mode);

// The default suggested call time, used while the workspace holds too few call outcomes to
// learn one from (export/calltime.h).
QString defaultCallTime(Language language); // "weekday evening 18:00-21:00"

// The columns a call list can carry. Customer columns are named as in the workspace; the
// computed ones are:
//   features       the feature phrases (featurePhrases)
//   package        the recommended package: the cell's offer
//   price          the package's monthly fee (list price before any discount), from the offer
//                  catalog; empty when the catalog lacks the package
//   bill           the customer's expected monthly bill on the package (offer/pricing.h: the
//                  last three months replayed, discount months included)
//   savings        what the customer saves per month: today's bill - bill when positive, else 0
//   bundle         the recommended bundle: the catalog's bundle (a package with broadband) with
//                  the lowest expected bill among those eligible for the customer on the list's
//                  date and not slower than their broadband; empty when none is
//   call_time      the suggested call time: the slot of the customer's latest connected
//                  attempt, else the slot with the best connect rate in past outcomes, else the
//                  default (export/calltime.h)
//   agent          the agent (or grid) the row belongs to
// The pricing columns need the offer catalog and the extract's usage columns; without them they
// stay empty and CallListSet::notes says why (in the list's language).
// The default template (docs/call-lists.md) is the DOMAIN.md field list: basic info, three
// contacts, fee info, features, package, savings and bundle, suggested call time; a customer
// column the extract lacks is left out of the default (and refused in an explicit template).
QStringList defaultColumns();
QStringList computedColumns();

struct CallListOptions
{
    int wave = -1; // 1-based as stored with the split; -1: every wave
    SplitBy by = SplitBy::Agent;
    AgentMode agentMode = AgentMode::RoundRobin;
    int agents = 1;
    QStringList columns;    // empty: defaultColumns()
    bool maskPhones = true; // phone columns as 138****8000; full numbers are an explicit choice
    Language language = Language::Chinese;
    FeatureThresholds thresholds;
    QDate today; // for "contract expiring"; invalid: the wave's start, else the current date
};

// One list: the rows of one cell and wave for one agent (or grid).
struct CallListPart
{
    QString cell;
    QString channel;
    int wave = 0;     // 1-based
    QString group;    // "A01".. for agents, the grid's name for grids
    QString fileStem; // a file name without extension, unique within the set
    std::vector<QStringList> rows;
};

struct CallListSet
{
    QString campaign;
    quint64 seed = 0;
    QString listId;
    QDateTime created;
    QString callTime;
    QString callTimeSource; // why this call time ("default: no call outcomes in the workspace")
    qint64 customerCallTimes = 0; // rows whose call time comes from the customer's own answers
    QStringList notes;            // what was left empty and why (pricing columns)
    QStringList columns;          // column ids
    QStringList headers;          // their labels in the chosen language
    QList<bool> numeric; // per column: a number column of the extract (xlsx writes numbers)
    QList<CallListPart> parts;
    qint64 rows = 0;

    // The header block written above a part's column header: (label, value) pairs naming
    // campaign, cell, wave, seed, list id, created, agent/grid and the suggested call time.
    QList<QPair<QString, QString>> headerBlock(const CallListPart &part, Language language) const;
};

// Builds the call lists of a split campaign (reads only). Throws cwb::Error when the campaign
// is unknown, not split, split on data a later import replaced, the wave has no targets, or a
// template column is unknown.
CallListSet buildCallLists(Workspace &workspace, const QString &campaign,
                           const CallListOptions &options, JobControl *job = nullptr);

enum class FileFormat
{
    Csv,
    Xlsx
};
enum class CsvEncoding
{
    Utf8Bom,
    Gb18030
};

// Writers: the header block, a blank row, the column header row, the rows. The xlsx sheet
// freezes the column header row and writes the extract's decimal and integer columns as numbers
// (everything else, phone numbers and ids included, as text; never a formula). A CSV cell that
// Excel would run as a formula gets a leading ' (CsvWriter). Each file appears whole or not at
// all (a temporary beside it, renamed into place); an old file at path stays until then.
void writeCallListCsv(const CallListSet &set, const CallListPart &part, const QString &path,
                      CsvEncoding encoding, Language language);
void writeCallListXlsx(const CallListSet &set, const CallListPart &part, const QString &path,
                       Language language);

struct ExportResult
{
    QString listId;
    QStringList files;
    qint64 rows = 0;
    qint64 historyRows = 0; // contact history rows added (targets and, once, controls)
    QString callTime;       // CallListSet's suggested call time, its source and notes
    QString callTimeSource;
    qint64 customerCallTimes = 0;
    QStringList notes;
    bool fullPhones = false; // the lists carry full phone numbers (not masked)
};

// buildCallLists + one file per part in dir + ContactLists::recordExport (the contact history)
// + the export's record (exporthistory.h: list_exports, with the phone choice). A list file
// exists only when its history does: every file is written to a temporary beside it first,
// then the history is recorded in one transaction, then the files are renamed into place. A
// failure (or a kill) before the commit leaves no list and no history; temporaries a killed
// export left are removed by the next export into the folder. Refuses to overwrite an existing
// file.
ExportResult exportCallLists(Workspace &workspace, const QString &campaign,
                             const CallListOptions &options, FileFormat format,
                             CsvEncoding encoding, const QString &dir, JobControl *job = nullptr);

} // namespace cwb::exporting
