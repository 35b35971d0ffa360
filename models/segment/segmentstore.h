// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/rulecompiler.h"
#include "segment/ruleresolver.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace cwb {

class JobControl;
class Workspace;

// A named rule of the tag library (e.g. trader: "uses mobile securities and calls brokers").
struct TagDefinition
{
    QString name;
    QString rule;
    QString description;
    QString owner;
    QString createdAt; // ISO 8601 UTC, set by the store
    QString updatedAt;
};

// A saved segment. A 'rule' segment is its rule; its membership is materialised on demand and
// records the data_version it was computed on. A 'list' segment is a fixed set of customer ids.
struct SegmentInfo
{
    enum class Kind
    {
        Rule,
        List
    };
    qint64 id = 0;
    QString name;
    QString rule; // empty for a list segment
    QString description;
    QString owner;
    QString createdAt;
    QString updatedAt;
    Kind kind = Kind::Rule;
    // Rule segments: the materialised member count, or nullopt when never materialised (or
    // invalidated by a change of its rule or of a tag or segment it uses). List segments: the
    // saved ids still present among the customers.
    std::optional<qint64> members;
    std::optional<qint64> dataVersion; // what the membership was computed on
    QString materialisedAt;
    bool stale = false; // rule segment not materialised on the current data
};

struct MaterialiseResult
{
    qint64 members = 0;
    qint64 dataVersion = 0;
    double seconds = 0;
};

// How many customers are in A only, B only, both, neither.
struct SegmentOverlap
{
    QString a;
    QString b;
    qint64 sizeA = 0;
    qint64 sizeB = 0;
    qint64 aOnly = 0;
    qint64 bOnly = 0;
    qint64 both = 0;
    qint64 neither = 0;
    qint64 base = 0;
    double jaccard = 0; // both / (aOnly + bOnly + both); 0 when both segments are empty
};

// Pairwise intersections of a list of segments: both[i][j] = |S_i ∩ S_j|, both[i][i] = |S_i|.
struct OverlapMatrix
{
    QStringList names;
    QList<QList<qint64>> both;
    qint64 base = 0;
    SegmentOverlap pair(qsizetype i, qsizetype j) const;
};

// What to do when an imported tag has the name of an existing tag but a different rule.
enum class TagConflictPolicy
{
    Fail,    // refuse the import, listing the conflicts (nothing changed)
    Skip,    // keep the existing tag
    Replace, // overwrite it with the imported one
    Rename   // import under a free name: NAME_2, NAME_3, ...
};

struct TagImportReport
{
    QStringList added;
    QStringList replaced;
    QStringList skipped;   // conflicts kept as they were (Skip)
    QStringList unchanged; // same name and the same rule (canonical form) as already saved
    QList<QPair<QString, QString>> renamed; // imported name -> name it was saved under
    QStringList conflicts;                  // every name with a different rule, whatever the policy
};

// SQL for "this customer is a member", bound in order; used by overlap and profile.
struct MemberCondition
{
    QString sql;
    QVariantList params;
    bool materialised = false; // from segment_members / segment_list, not the rule evaluated now
};

// The tag library and the saved segments of one workspace (tables tags, segments,
// segment_members, segment_list). Names are unique ignoring case. Every change is one
// transaction: a refused change leaves the workspace as it was.
class SegmentStore
{
public:
    // today: the date `today` stands for in rules (default: the current date).
    explicit SegmentStore(Workspace &workspace, QDate today = {});

    // All tags and segments as the resolver sees them.
    RuleDefinitions definitions();

    // Parses, resolves references and type-checks (against the workspace's columns) a rule;
    // throws RuleError (positioned) or Error. The one way a rule that may use tag:/segment:
    // references is compiled: campaign cells, conversion rules, offers' scope and profiles.
    CompiledRule compile(const QString &ruleText);
    // The same against other columns (the follow-up extract's, for a conversion rule).
    CompiledRule compile(const QString &ruleText, const QList<RuleField> &fields);
    ResolvedRule resolve(const QString &ruleText);

    // --- tags
    QList<TagDefinition> tags();
    std::optional<TagDefinition> tag(const QString &name);
    // Adds a new tag (refused when the name is taken) or, with replace, updates the rule,
    // description and owner of an existing one. The rule must parse, refer only to existing tags
    // and segments, not lead back to the tag itself, and type-check when the workspace has
    // customers. Segments using the tag lose their materialised membership.
    void saveTag(const TagDefinition &tag, bool replace = false);
    // Refused while a tag or segment uses it (the error names them).
    void removeTag(const QString &name);

    // The tag library as JSON (docs/tag-library.md); names empty = all tags.
    QByteArray exportTags(const QStringList &names = {});
    // Reads a library exported by exportTags. Malformed JSON, a missing field, a rule that does
    // not parse, a name twice in the file or a cycle: Error, nothing changed. Conflicts (same
    // name, different rule) follow policy; with TagConflictPolicy::Fail they are an Error.
    TagImportReport importTags(const QByteArray &json, TagConflictPolicy policy);

    // --- segments
    QList<SegmentInfo> segments();
    std::optional<SegmentInfo> segment(const QString &name);
    SegmentInfo segmentOrThrow(const QString &name);
    // A rule segment; the rule is validated like a tag's. Returns its id.
    qint64 addSegment(const QString &name, const QString &rule, const QString &description = {},
                      const QString &owner = {});
    // Changes the rule of a rule segment (membership is dropped until materialised again).
    void updateSegmentRule(const QString &name, const QString &rule);
    // A list segment (e.g. a grid cell or a cluster): the given customer ids, which must exist
    // in the workspace (an unknown id is an error naming it); duplicates are merged.
    qint64 addListSegment(const QString &name, const QStringList &customerIds,
                          const QString &description = {}, const QString &owner = {});
    // Refused while another segment or a tag uses it.
    void removeSegment(const QString &name);

    // Computes and stores a rule segment's membership in one transaction (replacing the old
    // one) with the current data_version. Cancellable through job.
    MaterialiseResult materialise(const QString &name, JobControl *job = nullptr);
    bool isStale(const QString &name);
    // Current member count: the materialised count when fresh, else the rule counted now.
    qint64 memberCount(const QString &name);

    // The customer ids of the members (as memberCondition decides), in import order.
    QStringList memberIds(const QString &name);

    // Who is a member: the stored membership when fresh (or a list), else the rule.
    MemberCondition memberCondition(const SegmentInfo &segment);

    SegmentOverlap overlap(const QString &a, const QString &b);
    // One pass over the customers for any number of segments.
    OverlapMatrix overlapMatrix(const QStringList &names, JobControl *job = nullptr);

private:
    void validateName(const QString &name, const QString &what) const;
    RuleCompiler compiler();
    CompiledRule compileSegment(const SegmentInfo &segment);
    bool hasColumns();
    // Resolves (and type-checks when possible) rule as the definition of self.
    void validateRule(const QString &rule, const RuleDefinitions &definitions, const QString &self);
    // Drops the membership of every rule segment whose rule uses reference (tag or segment).
    void invalidateUsers(const QString &reference, bool tag);
    QStringList usersOf(const QString &name, bool tag);
    void writeTag(const TagDefinition &tag, bool exists);

    Workspace &m_workspace;
    QDate m_today;
};

} // namespace cwb
