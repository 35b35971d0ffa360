// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/segmentstore.h"

#include "core/jobcontrol.h"
#include "segment/ruleparser.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

namespace cwb {

namespace {

constexpr auto kTagFormat = "campaign-workbench-tags";
constexpr int kTagFormatVersion = 1;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString canonical(const QString &rule)
{
    return printRule(*parseRule(rule));
}

TagDefinition readTag(Statement &q)
{
    TagDefinition tag;
    tag.name = q.text(0);
    tag.rule = q.text(1);
    tag.description = q.text(2);
    tag.owner = q.text(3);
    tag.createdAt = q.text(4);
    tag.updatedAt = q.text(5);
    return tag;
}

// The name as saved that matches name ignoring case (Unicode case folding, as the resolver
// matches; SQLite's NOCASE folds ASCII only), or a null string.
QString storedName(Database &db, const char *namesQuery, const QString &name)
{
    Statement q(db, namesQuery);
    while (q.step()) {
        QString candidate = q.text(0);
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return {};
}

void bindAll(Statement &statement, const QVariantList &params, int first = 1)
{
    for (int i = 0; i < params.size(); ++i)
        statement.bindVariant(first + i, params.at(i));
}

// Lets a JobControl's cancel flag interrupt a long SQLite statement.
class CancelHandler
{
public:
    CancelHandler(Database &db, JobControl *job) : m_db(db)
    {
        if (job)
            sqlite3_progress_handler(m_db.handle(), 20000, &CancelHandler::check, job);
    }
    ~CancelHandler() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }
    CancelHandler(const CancelHandler &) = delete;
    CancelHandler &operator=(const CancelHandler &) = delete;

private:
    static int check(void *job) { return static_cast<JobControl *>(job)->isCancelled() ? 1 : 0; }
    Database &m_db;
};

// Turns foreign key enforcement off for bulk membership writes (outside any transaction, where
// the pragma takes effect) and back on afterwards. The rows written carry the id of a segment
// read inside the same transaction, so the check has nothing to find; with it on, deleting and
// inserting 300,000 member rows costs about twice as long.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db) : m_db(db)
    {
        m_wasOn = m_db.scalar("PRAGMA foreign_keys").toLongLong() != 0;
        if (m_wasOn)
            m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn)
            sqlite3_exec(m_db.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
    bool m_wasOn = false;
};

// "line 3, col 7" of a byte offset in a JSON text.
QString jsonPosition(const QByteArray &json, int offset)
{
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < json.size(); ++i)
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    const int column =
        int(QString::fromUtf8(json.mid(lineStart, qMax(0, offset - lineStart))).size()) + 1;
    return QStringLiteral("line %1, col %2").arg(line).arg(column);
}

} // namespace

SegmentOverlap OverlapMatrix::pair(qsizetype i, qsizetype j) const
{
    SegmentOverlap o;
    o.a = names.at(i);
    o.b = names.at(j);
    o.sizeA = both.at(i).at(i);
    o.sizeB = both.at(j).at(j);
    o.both = both.at(i).at(j);
    o.aOnly = o.sizeA - o.both;
    o.bOnly = o.sizeB - o.both;
    o.base = base;
    o.neither = base - o.aOnly - o.bOnly - o.both;
    const qint64 either = o.aOnly + o.bOnly + o.both;
    o.jaccard = either > 0 ? double(o.both) / double(either) : 0.0;
    return o;
}

SegmentStore::SegmentStore(Workspace &workspace, QDate today)
    : m_workspace(workspace), m_today(today.isValid() ? today : QDate::currentDate())
{}

RuleDefinitions SegmentStore::definitions()
{
    Database &db = m_workspace.db();
    RuleDefinitions defs;
    Statement tags(db, "SELECT name, rule FROM tags ORDER BY name");
    while (tags.step())
        defs.tags.append({tags.text(0), tags.text(1)});
    Statement segments(db, "SELECT id, name, rule, kind FROM segments ORDER BY name");
    while (segments.step()) {
        RuleDefinitions::Segment s;
        s.id = segments.int64(0);
        s.name = segments.text(1);
        s.rule = segments.text(2);
        s.list = segments.text(3) == QLatin1String("list");
        defs.segments.append(s);
    }
    return defs;
}

RuleCompiler SegmentStore::compiler()
{
    return RuleCompiler(RuleCompiler::loadFields(m_workspace.db()), m_today);
}

bool SegmentStore::hasColumns()
{
    return m_workspace.hasCustomers() &&
           m_workspace.db().scalar("SELECT count(*) FROM customer_columns").toLongLong() > 0;
}

ResolvedRule SegmentStore::resolve(const QString &ruleText)
{
    const RulePtr tree = parseRule(ruleText);
    return resolveReferences(*tree, definitions());
}

CompiledRule SegmentStore::compile(const QString &ruleText)
{
    if (!m_workspace.hasCustomers())
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(m_workspace.path()));
    const ResolvedRule resolved = resolve(ruleText);
    return compiler().compile(*resolved.tree);
}

CompiledRule SegmentStore::compile(const QString &ruleText, const QList<RuleField> &fields)
{
    const ResolvedRule resolved = resolve(ruleText);
    return RuleCompiler(fields, m_today).compile(*resolved.tree);
}

CompiledRule SegmentStore::compileSegment(const SegmentInfo &segment)
{
    try {
        return compile(segment.rule);
    } catch (const RuleError &e) {
        // Valid when saved, but the data have changed since (a column gone after an import).
        throw Error(QStringLiteral("the rule of segment '%1' (%2) no longer works: %3")
                        .arg(segment.name, segment.rule, e.message()));
    }
}

void SegmentStore::validateName(const QString &name, const QString &what) const
{
    if (name.trimmed().isEmpty())
        throw Error(QStringLiteral("a %1 needs a name").arg(what));
    if (name.trimmed() != name)
        throw Error(QStringLiteral("the %1 name '%2' starts or ends with a space").arg(what, name));
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            throw Error(
                QStringLiteral("the %1 name '%2' contains a control character").arg(what, name));
    if (name.size() > 200)
        throw Error(QStringLiteral("the %1 name is longer than 200 characters").arg(what));
}

void SegmentStore::validateRule(const QString &rule, const RuleDefinitions &definitions,
                                const QString &self)
{
    if (rule.trimmed().isEmpty())
        throw Error(QStringLiteral("%1 needs a rule").arg(self));
    const RulePtr tree = parseRule(rule);
    const ResolvedRule resolved = resolveReferences(*tree, definitions, self);
    if (hasColumns())
        compiler().compile(*resolved.tree);
}

// --- tags

QList<TagDefinition> SegmentStore::tags()
{
    QList<TagDefinition> list;
    Statement q(m_workspace.db(), "SELECT name, rule, description, owner, created_at, updated_at "
                                  "FROM tags ORDER BY name");
    while (q.step())
        list << readTag(q);
    return list;
}

std::optional<TagDefinition> SegmentStore::tag(const QString &name)
{
    const QString stored = storedName(m_workspace.db(), "SELECT name FROM tags", name);
    if (stored.isNull())
        return std::nullopt;
    Statement q(m_workspace.db(), "SELECT name, rule, description, owner, created_at, updated_at "
                                  "FROM tags WHERE name = ?");
    q.bind(1, stored);
    if (!q.step())
        return std::nullopt;
    return readTag(q);
}

void SegmentStore::writeTag(const TagDefinition &tag, bool exists)
{
    Database &db = m_workspace.db();
    const QString stamp = now();
    if (exists) {
        Statement q(db, "UPDATE tags SET rule = ?, description = ?, owner = ?, updated_at = ? "
                        "WHERE name = ?");
        q.bind(1, tag.rule);
        q.bind(2, tag.description);
        q.bind(3, tag.owner);
        q.bind(4, stamp);
        q.bind(5, tag.name);
        q.exec();
        return;
    }
    Statement q(db, "INSERT INTO tags(name, rule, description, owner, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, tag.name);
    q.bind(2, tag.rule);
    q.bind(3, tag.description);
    q.bind(4, tag.owner);
    q.bind(5, tag.createdAt.isEmpty() ? stamp : tag.createdAt);
    q.bind(6, stamp);
    q.exec();
}

void SegmentStore::saveTag(const TagDefinition &tag, bool replace)
{
    validateName(tag.name, QStringLiteral("tag"));
    Transaction transaction(m_workspace.db());
    const std::optional<TagDefinition> existing = this->tag(tag.name);
    if (existing && !replace)
        throw Error(QStringLiteral("a tag named '%1' already exists (rule: %2)")
                        .arg(existing->name, existing->rule));
    RuleDefinitions defs = definitions();
    TagDefinition saved = tag;
    if (existing) {
        saved.name = existing->name; // keep the spelling it was saved with
        for (auto &t : defs.tags)
            if (t.name.compare(tag.name, Qt::CaseInsensitive) == 0)
                t.rule = tag.rule;
    } else {
        defs.tags.append({tag.name, tag.rule});
    }
    validateRule(tag.rule, defs, referenceText(true, saved.name));
    writeTag(saved, existing.has_value());
    if (existing)
        invalidateUsers(saved.name, true);
    transaction.commit();
}

QStringList SegmentStore::usersOf(const QString &name, bool tag)
{
    QStringList users;
    const auto uses = [&](const QString &rule) {
        try {
            QStringList tags;
            QStringList segments;
            collectReferences(*parseRule(rule), tags, segments);
            return (tag ? tags : segments).contains(name, Qt::CaseInsensitive);
        } catch (const RuleError &) {
            return false;
        }
    };
    for (const TagDefinition &t : tags())
        if (!(tag && t.name.compare(name, Qt::CaseInsensitive) == 0) && uses(t.rule))
            users << referenceText(true, t.name);
    for (const SegmentInfo &s : segments())
        if (s.kind == SegmentInfo::Kind::Rule &&
            !(!tag && s.name.compare(name, Qt::CaseInsensitive) == 0) && uses(s.rule))
            users << referenceText(false, s.name);
    return users;
}

void SegmentStore::invalidateUsers(const QString &reference, bool tag)
{
    Database &db = m_workspace.db();
    const RuleDefinitions defs = definitions();
    for (const RuleDefinitions::Segment &s : defs.segments) {
        if (s.list || s.name.compare(reference, Qt::CaseInsensitive) == 0)
            continue;
        bool affected = true;
        try {
            const ResolvedRule resolved = resolveReferences(*parseRule(s.rule), defs);
            affected =
                (tag ? resolved.tags : resolved.segments).contains(reference, Qt::CaseInsensitive);
        } catch (const RuleError &) {
            affected = true; // no longer resolves: its membership cannot be trusted either
        }
        if (!affected)
            continue;
        Statement drop(db, "DELETE FROM segment_members WHERE segment_id = ?");
        drop.bind(1, s.id);
        drop.exec();
        Statement reset(db, "UPDATE segments SET members = NULL, data_version = NULL, "
                            "materialised_at = NULL WHERE id = ?");
        reset.bind(1, s.id);
        reset.exec();
    }
}

void SegmentStore::removeTag(const QString &name)
{
    Transaction transaction(m_workspace.db());
    const std::optional<TagDefinition> existing = tag(name);
    if (!existing)
        throw Error(QStringLiteral("there is no tag named '%1'").arg(name));
    const QStringList users = usersOf(existing->name, true);
    if (!users.isEmpty())
        throw Error(QStringLiteral("tag '%1' is used by %2: change or remove them first")
                        .arg(existing->name, users.join(QStringLiteral(", "))));
    Statement q(m_workspace.db(), "DELETE FROM tags WHERE name = ?");
    q.bind(1, existing->name);
    q.exec();
    transaction.commit();
}

QByteArray SegmentStore::exportTags(const QStringList &names)
{
    QList<TagDefinition> list;
    if (names.isEmpty()) {
        list = tags();
    } else {
        for (const QString &name : names) {
            const auto t = tag(name);
            if (!t)
                throw Error(QStringLiteral("there is no tag named '%1'").arg(name));
            list << *t;
        }
    }
    QJsonArray array;
    for (const TagDefinition &t : std::as_const(list)) {
        QJsonObject item;
        item.insert(QStringLiteral("name"), t.name);
        item.insert(QStringLiteral("rule"), t.rule);
        item.insert(QStringLiteral("description"), t.description);
        item.insert(QStringLiteral("owner"), t.owner);
        item.insert(QStringLiteral("created_at"), t.createdAt);
        item.insert(QStringLiteral("updated_at"), t.updatedAt);
        array.append(item);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kTagFormat));
    root.insert(QStringLiteral("version"), kTagFormatVersion);
    root.insert(QStringLiteral("exported_at"), now());
    root.insert(QStringLiteral("tags"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TagImportReport SegmentStore::importTags(const QByteArray &file, TagConflictPolicy policy)
{
    // A byte order mark, as Windows editors write one, is not part of the JSON.
    const QByteArray json = file.startsWith("\xEF\xBB\xBF") ? file.mid(3) : file;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(QStringLiteral("the tag library is not valid JSON: %1 at %2")
                        .arg(parseError.errorString(), jsonPosition(json, parseError.offset)));
    if (!document.isObject())
        throw Error(QStringLiteral("the tag library must be a JSON object with \"format\": "
                                   "\"%1\" and a \"tags\" array")
                        .arg(QLatin1String(kTagFormat)));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kTagFormat))
        throw Error(QStringLiteral("not a tag library: \"format\" must be \"%1\"")
                        .arg(QLatin1String(kTagFormat)));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(kTagFormatVersion))
        throw Error(QStringLiteral("tag library version %1 is not supported (expected %2)")
                        .arg(version.isDouble() ? QString::number(version.toDouble())
                                                : QStringLiteral("(missing)"))
                        .arg(kTagFormatVersion));
    const QJsonValue tagsValue = root.value(QStringLiteral("tags"));
    if (!tagsValue.isArray())
        throw Error(QStringLiteral("the tag library has no \"tags\" array"));

    // Read and check everything before touching the workspace.
    QList<TagDefinition> incoming;
    const QJsonArray array = tagsValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("tags[%1]").arg(i);
        if (!array.at(i).isObject())
            throw Error(
                QStringLiteral("%1: expected an object with \"name\" and \"rule\"").arg(where));
        const QJsonObject item = array.at(i).toObject();
        const auto text = [&](const char *key, bool required) {
            const QJsonValue v = item.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    throw Error(
                        QStringLiteral("%1: \"%2\" is missing").arg(where, QLatin1String(key)));
                return QString();
            }
            if (!v.isString())
                throw Error(
                    QStringLiteral("%1: \"%2\" must be a string").arg(where, QLatin1String(key)));
            return v.toString();
        };
        TagDefinition t;
        t.name = text("name", true);
        t.rule = text("rule", true);
        t.description = text("description", false);
        t.owner = text("owner", false);
        t.createdAt = text("created_at", false);
        try {
            validateName(t.name, QStringLiteral("tag"));
        } catch (const Error &e) {
            throw Error(QStringLiteral("%1: %2").arg(where, e.message()));
        }
        try {
            parseRule(t.rule);
        } catch (const RuleError &e) {
            throw Error(QStringLiteral("%1, tag '%2': the rule does not parse: %3")
                            .arg(where, t.name, e.message()));
        }
        for (const TagDefinition &earlier : std::as_const(incoming))
            if (earlier.name.compare(t.name, Qt::CaseInsensitive) == 0)
                throw Error(QStringLiteral("%1: the tag '%2' appears twice in the file")
                                .arg(where, t.name));
        incoming << t;
    }

    TagImportReport report;
    Transaction transaction(m_workspace.db());
    QSet<QString> taken; // lower-case names in use after this import
    for (const TagDefinition &t : tags())
        taken.insert(t.name.toLower());
    for (const TagDefinition &t : std::as_const(incoming))
        taken.insert(t.name.toLower());
    QStringList written;
    QStringList replaced;
    for (TagDefinition t : std::as_const(incoming)) {
        const std::optional<TagDefinition> existing = tag(t.name);
        if (!existing) {
            writeTag(t, false);
            report.added << t.name;
            written << t.name;
            continue;
        }
        if (canonical(existing->rule) == canonical(t.rule)) {
            report.unchanged << existing->name;
            continue;
        }
        report.conflicts << existing->name;
        switch (policy) {
        case TagConflictPolicy::Fail:
            break;
        case TagConflictPolicy::Skip:
            report.skipped << existing->name;
            break;
        case TagConflictPolicy::Replace:
            t.name = existing->name;
            writeTag(t, true);
            report.replaced << t.name;
            written << t.name;
            replaced << t.name;
            break;
        case TagConflictPolicy::Rename: {
            QString name;
            for (int n = 2;; ++n) {
                name = QStringLiteral("%1_%2").arg(t.name).arg(n);
                if (!taken.contains(name.toLower()))
                    break;
            }
            taken.insert(name.toLower());
            report.renamed.append({t.name, name});
            t.name = name;
            t.createdAt.clear();
            writeTag(t, false);
            written << name;
            break;
        }
        }
    }
    if (policy == TagConflictPolicy::Fail && !report.conflicts.isEmpty())
        throw Error(QStringLiteral("%1 tag%2 already exist%3 with a different rule: %4; choose "
                                   "to skip, replace or rename them")
                        .arg(report.conflicts.size())
                        .arg(report.conflicts.size() == 1 ? "" : "s")
                        .arg(report.conflicts.size() == 1 ? "s" : "")
                        .arg(report.conflicts.join(QStringLiteral(", "))));
    // Every tag written must resolve (known references, no cycle) with the library as it is now.
    const RuleDefinitions defs = definitions();
    for (const QString &name : std::as_const(written)) {
        const RuleDefinitions::Tag *t = defs.findTag(name);
        try {
            resolveReferences(*parseRule(t->rule), defs, referenceText(true, t->name));
        } catch (const RuleError &e) {
            throw Error(QStringLiteral("tag '%1': %2").arg(t->name, e.message()));
        }
    }
    for (const QString &name : std::as_const(replaced))
        invalidateUsers(name, true);
    transaction.commit();
    return report;
}

// --- segments

QList<SegmentInfo> SegmentStore::segments()
{
    QList<SegmentInfo> list;
    Statement q(m_workspace.db(), "SELECT name FROM segments ORDER BY name");
    QStringList names;
    while (q.step())
        names << q.text(0);
    for (const QString &name : std::as_const(names))
        list << *segment(name);
    return list;
}

std::optional<SegmentInfo> SegmentStore::segment(const QString &name)
{
    Database &db = m_workspace.db();
    const QString stored = storedName(db, "SELECT name FROM segments", name);
    if (stored.isNull())
        return std::nullopt;
    Statement q(db, "SELECT id, name, rule, description, owner, created_at, updated_at, kind, "
                    "members, data_version, materialised_at FROM segments WHERE name = ?");
    q.bind(1, stored);
    if (!q.step())
        return std::nullopt;
    SegmentInfo s;
    s.id = q.int64(0);
    s.name = q.text(1);
    s.rule = q.text(2);
    s.description = q.text(3);
    s.owner = q.text(4);
    s.createdAt = q.text(5);
    s.updatedAt = q.text(6);
    s.kind = q.text(7) == QLatin1String("list") ? SegmentInfo::Kind::List : SegmentInfo::Kind::Rule;
    if (!q.isNull(8))
        s.members = q.int64(8);
    if (!q.isNull(9))
        s.dataVersion = q.int64(9);
    s.materialisedAt = q.text(10);
    if (s.kind == SegmentInfo::Kind::List) {
        if (m_workspace.hasCustomers()) {
            Statement present(db, "SELECT count(*) FROM segment_list l JOIN customers c ON "
                                  "c.customer_id = l.customer_id WHERE l.segment_id = ?");
            present.bind(1, s.id);
            present.step();
            s.members = present.int64(0);
        }
    } else {
        s.stale = !s.dataVersion || *s.dataVersion != m_workspace.dataVersion();
    }
    return s;
}

SegmentInfo SegmentStore::segmentOrThrow(const QString &name)
{
    std::optional<SegmentInfo> s = segment(name);
    if (!s) {
        QStringList names;
        Statement q(m_workspace.db(), "SELECT name FROM segments");
        while (q.step())
            names << q.text(0);
        const QString near = closestName(name, names);
        throw Error(QStringLiteral("there is no segment named '%1'%2")
                        .arg(name, near.isEmpty()
                                       ? QString()
                                       : QStringLiteral("; did you mean '%1'?").arg(near)));
    }
    return *s;
}

qint64 SegmentStore::addSegment(const QString &name, const QString &rule,
                                const QString &description, const QString &owner)
{
    validateName(name, QStringLiteral("segment"));
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (const auto existing = segment(name))
        throw Error(QStringLiteral("a segment named '%1' already exists").arg(existing->name));
    RuleDefinitions defs = definitions();
    RuleDefinitions::Segment self;
    self.name = name;
    self.rule = rule;
    defs.segments.append(self);
    validateRule(rule, defs, referenceText(false, name));
    const QString stamp = now();
    Statement q(db, "INSERT INTO segments(name, rule, description, owner, created_at, "
                    "updated_at, kind) VALUES (?, ?, ?, ?, ?, ?, 'rule')");
    q.bind(1, name);
    q.bind(2, rule);
    q.bind(3, description);
    q.bind(4, owner);
    q.bind(5, stamp);
    q.bind(6, stamp);
    q.exec();
    const qint64 id = db.lastInsertRowId();
    transaction.commit();
    return id;
}

void SegmentStore::updateSegmentRule(const QString &name, const QString &rule)
{
    Database &db = m_workspace.db();
    Transaction transaction(db);
    const SegmentInfo existing = segmentOrThrow(name);
    if (existing.kind == SegmentInfo::Kind::List)
        throw Error(
            QStringLiteral("'%1' is a list segment: it has no rule to change").arg(existing.name));
    RuleDefinitions defs = definitions();
    for (auto &s : defs.segments)
        if (s.id == existing.id)
            s.rule = rule;
    validateRule(rule, defs, referenceText(false, existing.name));
    Statement q(db, "UPDATE segments SET rule = ?, updated_at = ?, members = NULL, "
                    "data_version = NULL, materialised_at = NULL WHERE id = ?");
    q.bind(1, rule);
    q.bind(2, now());
    q.bind(3, existing.id);
    q.exec();
    Statement drop(db, "DELETE FROM segment_members WHERE segment_id = ?");
    drop.bind(1, existing.id);
    drop.exec();
    invalidateUsers(existing.name, false);
    transaction.commit();
}

qint64 SegmentStore::addListSegment(const QString &name, const QStringList &customerIds,
                                    const QString &description, const QString &owner)
{
    validateName(name, QStringLiteral("segment"));
    if (!m_workspace.hasCustomers())
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(m_workspace.path()));
    Database &db = m_workspace.db();
    Transaction transaction(db);
    if (const auto existing = segment(name))
        throw Error(QStringLiteral("a segment named '%1' already exists").arg(existing->name));
    const QString stamp = now();
    Statement q(db, "INSERT INTO segments(name, rule, description, owner, created_at, "
                    "updated_at, kind, data_version, materialised_at) "
                    "VALUES (?, '', ?, ?, ?, ?, 'list', ?, ?)");
    q.bind(1, name);
    q.bind(2, description);
    q.bind(3, owner);
    q.bind(4, stamp);
    q.bind(5, stamp);
    q.bind(6, m_workspace.dataVersion());
    q.bind(7, stamp);
    q.exec();
    const qint64 id = db.lastInsertRowId();
    Statement exists(db, "SELECT 1 FROM customers WHERE customer_id = ?");
    Statement insert(db,
                     "INSERT OR IGNORE INTO segment_list(segment_id, customer_id) VALUES (?, ?)");
    for (qsizetype i = 0; i < customerIds.size(); ++i) {
        const QString &customerId = customerIds.at(i);
        exists.bind(1, customerId);
        const bool found = exists.step();
        exists.reset();
        if (!found)
            throw Error(QStringLiteral("customer id '%1' (item %2 of the list) is not in the "
                                       "workspace")
                            .arg(customerId)
                            .arg(i + 1));
        insert.bind(1, id);
        insert.bind(2, customerId);
        insert.exec();
        insert.reset();
    }
    Statement count(db, "UPDATE segments SET members = (SELECT count(*) FROM segment_list WHERE "
                        "segment_id = ?1) WHERE id = ?1");
    count.bind(1, id);
    count.exec();
    transaction.commit();
    return id;
}

void SegmentStore::removeSegment(const QString &name)
{
    Database &db = m_workspace.db();
    Transaction transaction(db);
    const SegmentInfo existing = segmentOrThrow(name);
    const QStringList users = usersOf(existing.name, false);
    if (!users.isEmpty())
        throw Error(QStringLiteral("segment '%1' is used by %2: change or remove them first")
                        .arg(existing.name, users.join(QStringLiteral(", "))));
    for (const char *sql :
         {"DELETE FROM segment_members WHERE segment_id = ?",
          "DELETE FROM segment_list WHERE segment_id = ?", "DELETE FROM segments WHERE id = ?"}) {
        Statement q(db, sql);
        q.bind(1, existing.id);
        q.exec();
    }
    transaction.commit();
}

MaterialiseResult SegmentStore::materialise(const QString &name, JobControl *job)
{
    QElapsedTimer timer;
    timer.start();
    Database &db = m_workspace.db();
    const ForeignKeysOff noChecks(db);
    MaterialiseResult result;
    Transaction transaction(db);
    const SegmentInfo s = segmentOrThrow(name);
    if (s.kind == SegmentInfo::Kind::List)
        throw Error(QStringLiteral("'%1' is a list segment: its members are its saved customer "
                                   "ids, there is nothing to materialise")
                        .arg(s.name));
    const CompiledRule compiled = compileSegment(s);
    result.dataVersion = m_workspace.dataVersion();
    Statement drop(db, "DELETE FROM segment_members WHERE segment_id = ?");
    drop.bind(1, s.id);
    drop.exec();
    {
        Statement insert(db, QStringLiteral("INSERT INTO segment_members(segment_id, "
                                            "customer_rowid) SELECT ?, rowid FROM customers "
                                            "WHERE %1")
                                 .arg(compiled.sql)
                                 .toStdString());
        insert.bind(1, s.id);
        bindAll(insert, compiled.params, 2);
        const CancelHandler cancel(db, job);
        try {
            insert.exec();
        } catch (const Error &) {
            if (job && job->isCancelled())
                throw Cancelled();
            throw;
        }
        result.members = db.changes();
    }
    Statement update(db, "UPDATE segments SET members = ?, data_version = ?, "
                         "materialised_at = ? WHERE id = ?");
    update.bind(1, result.members);
    update.bind(2, result.dataVersion);
    update.bind(3, now());
    update.bind(4, s.id);
    update.exec();
    transaction.commit();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (job)
        job->report({0, 0, result.members, result.seconds}, true);
    return result;
}

bool SegmentStore::isStale(const QString &name)
{
    return segmentOrThrow(name).stale;
}

MemberCondition SegmentStore::memberCondition(const SegmentInfo &segment)
{
    MemberCondition c;
    if (segment.kind == SegmentInfo::Kind::List) {
        c.sql = QStringLiteral("(\"customer_id\" IN (SELECT customer_id FROM segment_list WHERE "
                               "segment_id = ?))");
        c.params << segment.id;
        c.materialised = true;
    } else if (!segment.stale) {
        c.sql = QStringLiteral("(rowid IN (SELECT customer_rowid FROM segment_members WHERE "
                               "segment_id = ?))");
        c.params << segment.id;
        c.materialised = true;
    } else {
        const CompiledRule compiled = compileSegment(segment);
        c.sql = compiled.sql;
        c.params = compiled.params;
    }
    return c;
}

QStringList SegmentStore::memberIds(const QString &name)
{
    const MemberCondition member = memberCondition(segmentOrThrow(name));
    Statement q(m_workspace.db(),
                QStringLiteral("SELECT customer_id FROM customers WHERE %1 ORDER BY rowid")
                    .arg(member.sql)
                    .toStdString());
    for (int i = 0; i < member.params.size(); ++i)
        q.bindVariant(i + 1, member.params.at(i));
    QStringList ids;
    while (q.step())
        ids << q.text(0);
    return ids;
}

qint64 SegmentStore::memberCount(const QString &name)
{
    const SegmentInfo s = segmentOrThrow(name);
    if (s.kind == SegmentInfo::Kind::List || !s.stale)
        return s.members.value_or(0);
    const CompiledRule compiled = compileSegment(s);
    return m_workspace.db()
        .scalar(QStringLiteral("SELECT count(*) FROM customers WHERE %1")
                    .arg(compiled.sql)
                    .toStdString(),
                compiled.params)
        .toLongLong();
}

SegmentOverlap SegmentStore::overlap(const QString &a, const QString &b)
{
    return overlapMatrix({a, b}).pair(0, 1);
}

OverlapMatrix SegmentStore::overlapMatrix(const QStringList &names, JobControl *job)
{
    if (names.isEmpty())
        throw Error(QStringLiteral("name at least one segment"));
    if (!m_workspace.hasCustomers())
        throw Error(QStringLiteral("%1 has no customers yet: import an extract first")
                        .arg(m_workspace.path()));
    OverlapMatrix matrix;
    QStringList columns;
    QVariantList params;
    for (const QString &name : names) {
        const SegmentInfo s = segmentOrThrow(name);
        matrix.names << s.name;
        const MemberCondition c = memberCondition(s);
        columns << QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(c.sql);
        params += c.params;
    }
    const qsizetype n = names.size();
    matrix.both = QList<QList<qint64>>(n, QList<qint64>(n, 0));
    Database &db = m_workspace.db();
    Statement q(db, QStringLiteral("SELECT %1 FROM customers")
                        .arg(columns.join(QStringLiteral(", ")))
                        .toStdString());
    bindAll(q, params);
    std::vector<char> in(std::size_t(n), 0);
    qint64 rows = 0;
    while (q.step()) {
        for (qsizetype i = 0; i < n; ++i)
            in[std::size_t(i)] = q.int64(int(i)) != 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (!in[std::size_t(i)])
                continue;
            for (qsizetype j = i; j < n; ++j)
                if (in[std::size_t(j)])
                    ++matrix.both[i][j];
        }
        if ((++rows & 0xFFFF) == 0 && job) {
            job->throwIfCancelled();
            job->report({0, 0, rows, 0});
        }
    }
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = 0; j < i; ++j)
            matrix.both[i][j] = matrix.both[j][i];
    matrix.base = rows;
    return matrix;
}

} // namespace cwb
