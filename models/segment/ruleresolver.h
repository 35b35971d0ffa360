// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segment/ruleast.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cwb {

// What a rule may refer to: the tag library and the saved segments, by name. Names match
// case-insensitively. SegmentStore::definitions() loads them from a workspace; tests and other
// front ends may fill them by hand (no SQL here).
struct RuleDefinitions
{
    struct Tag
    {
        QString name;
        QString rule;
    };
    struct Segment
    {
        qint64 id = 0;
        QString name;
        QString rule;      // empty for a list segment
        bool list = false; // a fixed list of customer ids, not a rule
    };
    QList<Tag> tags;
    QList<Segment> segments;

    const Tag *findTag(const QString &name) const;
    const Segment *findSegment(const QString &name) const;
};

// A rule with its references expanded.
struct ResolvedRule
{
    RulePtr tree;
    QStringList tags;     // every tag used, directly or through others (names as defined)
    QStringList segments; // every segment used, directly or through others
};

// Expands tag:NAME and segment:"NAME" of a rule segment into the parsed trees of their rules,
// recursively, BEFORE type checking. A reference is a set of customers: it expands to
// coalesce(RULE, false), so a customer for whom the rule is unknown (missing values) is not a
// member and NOT tag:x selects everyone else (the SQL three-valued logic stays inside RULE). The
// copies carry the line and column of the reference as written (and RuleNode::via names the chain)
// so that a type error inside a tag points at the tag in the user's rule. A list segment stays a
// Segment node with segmentId set; nothing else refers to anything afterwards. Throws RuleError at
// the reference for an unknown name (with the nearest name as a suggestion), for a cycle (with the
// chain: "tag:a -> tag:b -> tag:a") and for a stored rule that no longer parses. The input tree is
// not changed. self: when rule is the definition being saved of a tag or segment, its reference
// ("tag:trader", see referenceText), so that a way back to it is reported as a cycle.
ResolvedRule resolveReferences(const RuleNode &rule, const RuleDefinitions &definitions,
                               const QString &self = {});

// How a reference is written in a rule: tag:trader, tag:"stock trader", segment:"高值高危".
QString referenceText(bool tag, const QString &name);

// The names a rule refers to directly (no expansion), in order of appearance, each once.
void collectReferences(const RuleNode &rule, QStringList &tags, QStringList &segments);

// Deep copy of a tree.
RulePtr cloneRule(const RuleNode &rule);

} // namespace cwb
