// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/outcomeimporter.h"

#include "campaign/contactlists.h"
#include "core/error.h"
#include "core/jobcontrol.h"
#include "evaluate/tablesource.h"
#include "import/fieldcatalog.h"
#include "import/retention.h"
#include "import/valueparser.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <array>
#include <map>
#include <vector>

namespace cwb {

namespace {

enum Field
{
    CustomerId,
    AttemptAt,
    Connected,
    Outcome,
    Agent,
    CompletedOn,
    Package,
    RefusalReason,
    FieldCount
};

struct FieldSpec
{
    const char *name;
    bool required;
    QStringList synonyms; // compared after FieldCatalog::normaliseHeader
};

const std::array<FieldSpec, FieldCount> &fieldSpecs()
{
    static const std::array<FieldSpec, FieldCount> specs{{
        {"customer_id", true, {}}, // the customer-id synonyms of the field catalog
        {"attempt_time",
         true,
         {QStringLiteral("attempttime"), QStringLiteral("attemptat"), QStringLiteral("calltime"),
          QStringLiteral("calledat"), QStringLiteral("attemptdate"), QStringLiteral("呼叫时间"),
          QStringLiteral("外呼时间"), QStringLiteral("拨打时间"), QStringLiteral("接触时间")}},
        {"connected",
         true,
         {QStringLiteral("connected"), QStringLiteral("isconnected"), QStringLiteral("是否接通"),
          QStringLiteral("接通"), QStringLiteral("接通情况")}},
        {"outcome",
         true,
         {QStringLiteral("outcome"), QStringLiteral("outcomecode"), QStringLiteral("result"),
          QStringLiteral("callresult"), QStringLiteral("结果"), QStringLiteral("外呼结果"),
          QStringLiteral("营销结果"), QStringLiteral("接触结果")}},
        {"agent",
         false,
         {QStringLiteral("agent"), QStringLiteral("agentid"), QStringLiteral("caller"),
          QStringLiteral("坐席"), QStringLiteral("坐席工号"), QStringLiteral("外呼员"),
          QStringLiteral("话务员"), QStringLiteral("工号")}},
        {"completion_date",
         false,
         {QStringLiteral("completiondate"), QStringLiteral("completedon"),
          QStringLiteral("completed"), QStringLiteral("竣工日期"), QStringLiteral("竣工时间"),
          QStringLiteral("办理完成日期")}},
        {"package",
         false,
         {QStringLiteral("package"), QStringLiteral("packagechosen"),
          QStringLiteral("chosenpackage"), QStringLiteral("办理套餐"), QStringLiteral("选择套餐"),
          QStringLiteral("所选套餐")}},
        {"refusal_reason",
         false,
         {QStringLiteral("refusalreason"), QStringLiteral("reason"), QStringLiteral("拒绝原因"),
          QStringLiteral("原因")}},
    }};
    return specs;
}

int fieldOfHeader(const QString &header)
{
    const QString normalised = FieldCatalog::normaliseHeader(header);
    if (const CanonicalField *canonical = FieldCatalog::match(header);
        canonical && canonical->name == QLatin1String("customer_id"))
        return CustomerId;
    for (int f = 1; f < FieldCount; ++f) {
        if (fieldSpecs()[size_t(f)].synonyms.contains(normalised))
            return f;
    }
    return -1;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

struct Attempt
{
    QString customer;
    QString attemptAt;
    bool connected = false;
    OutcomeCode code = OutcomeCode::NotReached;
    QString agent;
    QString completedOn;
    QString package;
    QString reason;
};

// A reason to reject a row: the column at fault and why.
struct Fault
{
    QString column;
    QString reason;
};

std::optional<bool> parseConnected(const QString &text)
{
    if (text == QStringLiteral("接通") || text == QStringLiteral("已接通"))
        return true;
    if (text == QStringLiteral("未接通"))
        return false;
    bool value = false;
    const QByteArray utf8 = text.toUtf8();
    if (value::parseBoolean(std::string_view(utf8.constData(), size_t(utf8.size())), value))
        return value;
    return std::nullopt;
}

std::optional<QString> parseDateTime(const QString &text)
{
    std::string out;
    const QByteArray utf8 = text.toUtf8();
    if (!value::parseDate(std::string_view(utf8.constData(), size_t(utf8.size())), out))
        return std::nullopt;
    return QString::fromStdString(out);
}

} // namespace

QString outcomeCodeName(OutcomeCode code)
{
    switch (code) {
    case OutcomeCode::AgreedPaid:
        return QStringLiteral("agreed_paid");
    case OutcomeCode::AgreedTrial:
        return QStringLiteral("agreed_trial");
    case OutcomeCode::Considering:
        return QStringLiteral("considering");
    case OutcomeCode::Refused:
        return QStringLiteral("refused");
    case OutcomeCode::DoNotDisturb:
        return QStringLiteral("do_not_disturb");
    case OutcomeCode::WrongNumber:
        return QStringLiteral("wrong_number");
    case OutcomeCode::NotReached:
        return QStringLiteral("not_reached");
    }
    return QString();
}

std::optional<OutcomeCode> parseOutcomeCode(QStringView text)
{
    static const QHash<QString, OutcomeCode> codes = [] {
        QHash<QString, OutcomeCode> map;
        for (OutcomeCode code :
             {OutcomeCode::AgreedPaid, OutcomeCode::AgreedTrial, OutcomeCode::Considering,
              OutcomeCode::Refused, OutcomeCode::DoNotDisturb, OutcomeCode::WrongNumber,
              OutcomeCode::NotReached})
            map.insert(outcomeCodeName(code), code);
        map.insert(QStringLiteral("同意办理"), OutcomeCode::AgreedPaid);
        map.insert(QStringLiteral("同意试用"), OutcomeCode::AgreedTrial);
        map.insert(QStringLiteral("考虑"), OutcomeCode::Considering);
        map.insert(QStringLiteral("拒绝"), OutcomeCode::Refused);
        map.insert(QStringLiteral("勿扰"), OutcomeCode::DoNotDisturb);
        map.insert(QStringLiteral("号码错误"), OutcomeCode::WrongNumber);
        map.insert(QStringLiteral("未接通"), OutcomeCode::NotReached);
        return map;
    }();
    QString key = text.trimmed().toString().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    const auto it = codes.constFind(key);
    if (it == codes.constEnd())
        return std::nullopt;
    return *it;
}

bool isAgreement(OutcomeCode code)
{
    return code == OutcomeCode::AgreedPaid || code == OutcomeCode::AgreedTrial;
}

bool isIntention(OutcomeCode code)
{
    return isAgreement(code) || code == OutcomeCode::Considering;
}

bool needsConnection(OutcomeCode code)
{
    return code != OutcomeCode::NotReached && code != OutcomeCode::WrongNumber;
}

QJsonObject OutcomeImportResult::toJson() const
{
    QJsonArray rejectArray;
    for (const OutcomeReject &r : rejects)
        rejectArray.append(QJsonObject{{QStringLiteral("line"), r.line},
                                       {QStringLiteral("column"), r.column},
                                       {QStringLiteral("reason"), r.reason},
                                       {QStringLiteral("raw"), r.raw}});
    QJsonArray replaced;
    for (qint64 id : replacedImports)
        replaced.append(id);
    return QJsonObject{{QStringLiteral("campaign"), campaign},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("file_hash"), fileHash},
                       {QStringLiteral("import_id"), importId},
                       {QStringLiteral("already_imported"), alreadyImported},
                       {QStringLiteral("previous_import_id"), previousImportId},
                       {QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("added"), added},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("dnd_added"), dndAdded},
                       {QStringLiteral("replaced_imports"), replaced},
                       {QStringLiteral("rejects_dropped"), rejectsDropped},
                       {QStringLiteral("mapping"), QJsonArray::fromStringList(mapping)},
                       {QStringLiteral("rejects"), rejectArray}};
}

OutcomeImportResult OutcomeImporter::run(Workspace &workspace, const QString &path,
                                         const OutcomeImportOptions &options, JobControl *job)
{
    if (options.campaign.isEmpty())
        throw Error(QStringLiteral("outcomes import: name the campaign the outcomes belong to"));
    if (workspace.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only").arg(workspace.path()));
    Database &db = workspace.db();
    OutcomeImportResult result;
    result.file = path;

    const QVariant campaignId =
        db.scalar("SELECT id FROM campaigns WHERE name = ?", {options.campaign});
    if (!campaignId.isValid())
        throw Error(
            QStringLiteral("no campaign '%1' in %2").arg(options.campaign, workspace.path()));
    result.campaign = db.scalar("SELECT name FROM campaigns WHERE id = ?", {campaignId}).toString();
    const qint64 campaign = campaignId.toLongLong();
    if (!db.tableExists(QStringLiteral("customers")))
        throw Error(
            QStringLiteral("%1 has no customers: import the extract first").arg(workspace.path()));

    result.fileHash = tableFileHash(path);
    const QVariant previous =
        db.scalar("SELECT id FROM outcome_imports WHERE campaign_id = ? AND file_hash = ? "
                  "ORDER BY id LIMIT 1",
                  {campaign, result.fileHash});
    if (previous.isValid()) {
        result.alreadyImported = true;
        result.previousImportId = previous.toLongLong();
        return result;
    }

    std::unique_ptr<RecordSource> source = openTable(path, options.sheet, options.csv);
    Record record;
    if (!source->next(record))
        throw Error(QStringLiteral("%1: the file is empty (expected a header row)").arg(path));
    std::array<int, FieldCount> column;
    column.fill(-1);
    QStringList headers;
    for (size_t i = 0; i < record.fields.size(); ++i) {
        const QString header =
            QString::fromUtf8(record.fields[i].data(), qsizetype(record.fields[i].size()))
                .trimmed();
        headers << header;
        const int f = fieldOfHeader(header);
        if (f >= 0 && column[size_t(f)] < 0) {
            column[size_t(f)] = int(i);
            result.mapping << QStringLiteral("%1 -> %2")
                                  .arg(header, QLatin1String(fieldSpecs()[size_t(f)].name));
        }
    }
    QStringList missing;
    for (int f = 0; f < FieldCount; ++f) {
        if (fieldSpecs()[size_t(f)].required && column[size_t(f)] < 0)
            missing << QLatin1String(fieldSpecs()[size_t(f)].name);
    }
    if (!missing.isEmpty())
        throw Error(
            QStringLiteral("%1: no column for %2 (the header has: %3)")
                .arg(path, missing.join(QStringLiteral(", ")), headers.join(QStringLiteral(", "))));

    // A call system reports attempts in time order, so their keys (campaign, customer, time)
    // land all over the outcomes table; with SQLite's default 2 MB page cache a large file spent
    // most of its time re-reading and spilling pages. A cache that holds the table's hot part
    // for the import (restored after) keeps it in memory (docs/benchmarks.md, "Outcome import").
    struct CacheSize
    {
        Database &db;
        qint64 previous;
        explicit CacheSize(Database &d)
            : db(d), previous(d.scalar("PRAGMA cache_size").toLongLong())
        {
            db.exec("PRAGMA cache_size = -131072"); // 128 MB
        }
        ~CacheSize()
        {
            sqlite3_exec(
                db.handle(),
                QStringLiteral("PRAGMA cache_size = %1").arg(previous).toUtf8().constData(),
                nullptr, nullptr, nullptr);
        }
    } cacheSize(db);
    Transaction transaction(db);
    {
        Statement insertImport(db, "INSERT INTO outcome_imports(campaign_id, file_name, file_path, "
                                   "file_hash, imported_at, rows_read, added, unchanged, rejected, "
                                   "dnd_added, mapping_json) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, "
                                   "?)");
        insertImport.bind(1, campaign);
        insertImport.bind(2, QFileInfo(path).fileName());
        insertImport.bind(3, QFileInfo(path).absoluteFilePath());
        insertImport.bind(4, result.fileHash);
        insertImport.bind(5, nowIso());
        insertImport.bind(
            6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result.mapping))
                                     .toJson(QJsonDocument::Compact)));
        insertImport.exec();
    }
    result.importId = db.lastInsertRowId();

    Statement memberRole(db, "SELECT role FROM campaign_members WHERE campaign_id = ? AND "
                             "customer_id = ?");
    Statement isCustomer(db, "SELECT 1 FROM customers WHERE customer_id = ? LIMIT 1");
    Statement existing(db, "SELECT connected, outcome, coalesce(agent, ''), "
                           "coalesce(completed_on, ''), coalesce(package, ''), "
                           "coalesce(refusal_reason, ''), import_id, line FROM outcomes WHERE "
                           "campaign_id = ? AND customer_id = ? AND attempt_at = ?");
    Statement insert(db, "INSERT INTO outcomes(campaign_id, customer_id, attempt_at, connected, "
                         "outcome, agent, completed_on, package, refusal_reason, import_id, line) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertReject(db, "INSERT INTO outcome_rejects(import_id, line, column_name, reason, "
                               "raw) VALUES (?, ?, ?, ?, ?)");
    QHash<QString, QString> roleCache; // customer -> role, "" for a customer not a member,
                                       // "?" for an id not in the workspace
    QStringList dnd;
    QSet<QString> dndSeen;
    // Earlier import -> lines of its attempts this file holds again unchanged (Retention).
    std::map<qint64, std::vector<qint64>> seenBefore;

    auto cell = [&](int f) -> QString {
        const int c = column[size_t(f)];
        if (c < 0 || size_t(c) >= record.fields.size())
            return QString();
        const std::string_view text = value::trimmed(record.fields[size_t(c)]);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    };
    auto header = [&](int f) { return headers[column[size_t(f)]]; };

    auto roleOf = [&](const QString &customer) {
        const auto it = roleCache.constFind(customer);
        if (it != roleCache.constEnd())
            return *it;
        QString role;
        memberRole.reset();
        memberRole.bind(1, campaign);
        memberRole.bind(2, customer);
        if (memberRole.step()) {
            role = memberRole.text(0);
        } else {
            isCustomer.reset();
            isCustomer.bind(1, customer);
            role = isCustomer.step() ? QString() : QStringLiteral("?");
        }
        roleCache.insert(customer, role);
        return role;
    };

    // Reads the row into attempt, or returns why it is rejected.
    auto check = [&](Attempt &a) -> std::optional<Fault> {
        a.customer = cell(CustomerId);
        if (a.customer.isEmpty())
            return Fault{header(CustomerId), QStringLiteral("the customer id is empty")};
        const QString role = roleOf(a.customer);
        if (role == QLatin1String("?"))
            return Fault{
                header(CustomerId),
                QStringLiteral("unknown customer id '%1' (not in the workspace)").arg(a.customer)};
        if (role.isEmpty())
            return Fault{header(CustomerId),
                         QStringLiteral("customer '%1' is not on the lists of campaign '%2'")
                             .arg(a.customer, result.campaign)};
        if (role != QLatin1String("target"))
            return Fault{header(CustomerId),
                         QStringLiteral("customer '%1' is in the %2 group of campaign '%3', "
                                        "which is never called")
                             .arg(a.customer,
                                  role == QLatin1String("control")
                                      ? QStringLiteral("control")
                                      : QStringLiteral("universal control"),
                                  result.campaign)};
        const QString attemptText = cell(AttemptAt);
        const std::optional<QString> attempt = parseDateTime(attemptText);
        if (!attempt)
            return Fault{header(AttemptAt),
                         QStringLiteral("'%1' is not a date-time (expected e.g. 2026-11-01 "
                                        "19:30)")
                             .arg(attemptText)};
        a.attemptAt = *attempt;
        const QString connectedText = cell(Connected);
        const std::optional<bool> connected = parseConnected(connectedText);
        if (!connected)
            return Fault{
                header(Connected),
                QStringLiteral("'%1' is not yes/no (expected Y/N, 1/0, 是/否, 接通/未接通)")
                    .arg(connectedText)};
        a.connected = *connected;
        const QString codeText = cell(Outcome);
        if (codeText.isEmpty() && !a.connected) {
            a.code = OutcomeCode::NotReached;
        } else {
            const std::optional<OutcomeCode> code = parseOutcomeCode(codeText);
            if (!code)
                return Fault{
                    header(Outcome),
                    QStringLiteral("unknown outcome '%1' (expected agreed_paid, "
                                   "agreed_trial, considering, refused, do_not_disturb, "
                                   "wrong_number, not_reached or 同意办理, 同意试用, 考虑, "
                                   "拒绝, 勿扰, 号码错误, 未接通)")
                        .arg(codeText)};
            a.code = *code;
        }
        if (!a.connected && needsConnection(a.code))
            return Fault{header(Connected),
                         QStringLiteral("outcome %1 needs a conversation, but connected = no")
                             .arg(outcomeCodeName(a.code))};
        if (a.connected && a.code == OutcomeCode::NotReached)
            return Fault{header(Outcome),
                         QStringLiteral("outcome not_reached, but connected = yes")};
        if (column[Agent] >= 0)
            a.agent = cell(Agent);
        if (column[Package] >= 0)
            a.package = cell(Package);
        if (column[RefusalReason] >= 0)
            a.reason = cell(RefusalReason);
        if (column[CompletedOn] >= 0) {
            const QString completedText = cell(CompletedOn);
            if (!completedText.isEmpty()) {
                const std::optional<QString> completed = parseDateTime(completedText);
                if (!completed)
                    return Fault{header(CompletedOn),
                                 QStringLiteral("'%1' is not a date (expected e.g. 2026-11-20)")
                                     .arg(completedText)};
                a.completedOn = completed->left(10);
                if (!isAgreement(a.code))
                    return Fault{header(CompletedOn),
                                 QStringLiteral("completed on %1 without an agreement (outcome "
                                                "%2)")
                                     .arg(a.completedOn, outcomeCodeName(a.code))};
                if (a.completedOn < a.attemptAt.left(10))
                    return Fault{header(CompletedOn),
                                 QStringLiteral("completed on %1, before the attempt on %2")
                                     .arg(a.completedOn, a.attemptAt.left(10))};
            }
        }
        // The same attempt recorded before (by an earlier import or earlier in this file).
        existing.reset();
        existing.bind(1, campaign);
        existing.bind(2, a.customer);
        existing.bind(3, a.attemptAt);
        if (existing.step()) {
            const bool same = (existing.int64(0) != 0) == a.connected &&
                              existing.text(1) == outcomeCodeName(a.code) &&
                              existing.text(2) == a.agent && existing.text(3) == a.completedOn &&
                              existing.text(4) == a.package && existing.text(5) == a.reason;
            if (same) {
                if (existing.int64(6) != result.importId)
                    seenBefore[existing.int64(6)].push_back(existing.int64(7));
                return Fault{}; // unchanged: an empty reason
            }
            return Fault{QString(),
                         QStringLiteral("attempt of customer '%1' at %2 was recorded with another "
                                        "content (import %3, line %4)")
                             .arg(a.customer, a.attemptAt)
                             .arg(existing.int64(6))
                             .arg(existing.int64(7))};
        }
        return std::nullopt;
    };

    auto nullable = [](Statement &s, int index, const QString &text) {
        if (text.isEmpty())
            s.bindNull(index);
        else
            s.bind(index, text);
    };

    while (source->next(record)) {
        ++result.rowsRead;
        if (job && (result.rowsRead & 1023) == 0) {
            job->throwIfCancelled();
            job->report({source->bytesRead(), source->bytesTotal(), result.rowsRead, 0.0});
        }
        Attempt a;
        const std::optional<Fault> fault = check(a);
        if (fault && fault->reason.isEmpty()) {
            ++result.unchanged;
            continue;
        }
        if (fault) {
            ++result.rejected;
            const QString raw = QString::fromUtf8(record.raw.data(), qsizetype(record.raw.size()));
            insertReject.reset();
            insertReject.bind(1, result.importId);
            insertReject.bind(2, record.line);
            nullable(insertReject, 3, fault->column);
            insertReject.bind(4, fault->reason);
            insertReject.bind(5, raw);
            insertReject.exec();
            if (result.rejects.size() < options.keepRejects)
                result.rejects.append({record.line, fault->column, fault->reason, raw});
            continue;
        }
        insert.reset();
        insert.bind(1, campaign);
        insert.bind(2, a.customer);
        insert.bind(3, a.attemptAt);
        insert.bind(4, a.connected ? 1 : 0);
        insert.bind(5, outcomeCodeName(a.code));
        nullable(insert, 6, a.agent);
        nullable(insert, 7, a.completedOn);
        nullable(insert, 8, a.package);
        nullable(insert, 9, a.reason);
        insert.bind(10, result.importId);
        insert.bind(11, record.line);
        insert.exec();
        ++result.added;
        if (a.code == OutcomeCode::DoNotDisturb && !dndSeen.contains(a.customer)) {
            dndSeen.insert(a.customer);
            dnd << a.customer;
        }
    }

    if (!dnd.isEmpty()) {
        campaign::ContactLists lists(workspace);
        result.dndAdded =
            lists
                .add(campaign::ListKind::DoNotDisturb, QString(), dnd,
                     QStringLiteral("do-not-disturb answer, campaign %1").arg(result.campaign),
                     QStringLiteral("outcomes %1").arg(QFileInfo(path).fileName()))
                .added;
    }
    // Earlier imports of the campaign this file holds in full: their rejects are stale.
    result.replacedImports =
        Retention::dropReplacedOutcomeImports(db, std::move(seenBefore), &result.rejectsDropped);
    Statement update(db, "UPDATE outcome_imports SET rows_read = ?, added = ?, unchanged = ?, "
                         "rejected = ?, dnd_added = ? WHERE id = ?");
    update.bind(1, result.rowsRead);
    update.bind(2, result.added);
    update.bind(3, result.unchanged);
    update.bind(4, result.rejected);
    update.bind(5, result.dndAdded);
    update.bind(6, result.importId);
    update.exec();
    transaction.commit();
    if (job)
        job->report({source->bytesRead(), source->bytesTotal(), result.rowsRead, 0.0}, true);
    return result;
}

} // namespace cwb
