// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/ruleresolver.h"

#include "segment/ruleparser.h"

#include <QCoreApplication>

namespace cwb {

const RuleDefinitions::Tag *RuleDefinitions::findTag(const QString &name) const
{
    for (const Tag &tag : tags)
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
            return &tag;
    return nullptr;
}

const RuleDefinitions::Segment *RuleDefinitions::findSegment(const QString &name) const
{
    for (const Segment &segment : segments)
        if (segment.name.compare(name, Qt::CaseInsensitive) == 0)
            return &segment;
    return nullptr;
}

RulePtr cloneRule(const RuleNode &rule)
{
    auto copy = std::make_unique<RuleNode>();
    copy->kind = rule.kind;
    copy->text = rule.text;
    copy->negated = rule.negated;
    copy->quoted = rule.quoted;
    copy->line = rule.line;
    copy->column = rule.column;
    copy->segmentId = rule.segmentId;
    copy->via = rule.via;
    copy->children.reserve(rule.children.size());
    for (const RulePtr &child : rule.children)
        copy->children.push_back(cloneRule(*child));
    return copy;
}

void collectReferences(const RuleNode &rule, QStringList &tags, QStringList &segments)
{
    if (rule.kind == RuleNode::Kind::Tag && !tags.contains(rule.text, Qt::CaseInsensitive))
        tags << rule.text;
    if (rule.kind == RuleNode::Kind::Segment && !segments.contains(rule.text, Qt::CaseInsensitive))
        segments << rule.text;
    for (const RulePtr &child : rule.children)
        collectReferences(*child, tags, segments);
}

QString referenceText(bool tag, const QString &name)
{
    RuleNode node;
    node.kind = tag ? RuleNode::Kind::Tag : RuleNode::Kind::Segment;
    node.text = name;
    return printRule(node);
}

namespace {

class Resolver
{
public:
    Resolver(const RuleDefinitions &definitions, ResolvedRule &out, const QString &self)
        : m_defs(definitions), m_out(out), m_self(self)
    {}

    // outer: the reference node in the rule as written (nullptr at the top level), whose
    // position every expanded node takes.
    RulePtr resolve(const RuleNode &node, const RuleNode *outer)
    {
        using K = RuleNode::Kind;
        const RuleNode &at = outer ? *outer : node;
        if (node.kind == K::Tag) {
            const RuleDefinitions::Tag *tag = m_defs.findTag(node.text);
            if (!tag) {
                QStringList names;
                for (const auto &t : m_defs.tags)
                    names << t.name;
                fail(at, QCoreApplication::translate("cwb::Rule", "unknown tag '%1'%2")
                             .arg(node.text, suggest(node.text, names)));
            }
            remember(m_out.tags, tag->name);
            return expand(referenceText(true, tag->name), tag->rule, node, outer);
        }
        if (node.kind == K::Segment) {
            const RuleDefinitions::Segment *segment = m_defs.findSegment(node.text);
            if (!segment) {
                QStringList names;
                for (const auto &s : m_defs.segments)
                    names << s.name;
                fail(at, QCoreApplication::translate("cwb::Rule", "unknown segment '%1'%2")
                             .arg(node.text, suggest(node.text, names)));
            }
            remember(m_out.segments, segment->name);
            if (segment->list) {
                RulePtr copy = cloneRule(node);
                copy->children.clear();
                copy->text = segment->name;
                copy->segmentId = segment->id;
                placeAt(*copy, outer);
                return copy;
            }
            return expand(referenceText(false, segment->name), segment->rule, node, outer);
        }
        auto copy = std::make_unique<RuleNode>();
        copy->kind = node.kind;
        copy->text = node.text;
        copy->negated = node.negated;
        copy->quoted = node.quoted;
        copy->line = node.line;
        copy->column = node.column;
        copy->segmentId = node.segmentId;
        copy->via = node.via;
        placeAt(*copy, outer);
        for (const RulePtr &child : node.children)
            copy->children.push_back(resolve(*child, outer));
        return copy;
    }

private:
    static QString suggest(const QString &name, const QStringList &names)
    {
        const QString near = closestName(name, names);
        return near.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("cwb::Rule", "; did you mean '%1'?").arg(near);
    }

    static void remember(QStringList &list, const QString &name)
    {
        if (!list.contains(name, Qt::CaseInsensitive))
            list << name;
    }

    void placeAt(RuleNode &copy, const RuleNode *outer) const
    {
        if (!outer)
            return;
        copy.line = outer->line;
        copy.column = outer->column;
        copy.via = m_chain.join(QStringLiteral(" -> "));
    }

    [[noreturn]] void fail(const RuleNode &at, const QString &detail) const
    {
        const QString chain = m_chain.join(QStringLiteral(" -> "));
        throw RuleError(at.line, at.column,
                        chain.isEmpty()
                            ? detail
                            : detail +
                                  QCoreApplication::translate("cwb::Rule", " (in %1)").arg(chain));
    }

    RulePtr expand(const QString &reference, const QString &ruleText, const RuleNode &node,
                   const RuleNode *outer)
    {
        const RuleNode &at = outer ? *outer : node;
        QStringList open = m_chain;
        if (!m_self.isEmpty())
            open.prepend(m_self);
        for (const QString &name : std::as_const(open))
            if (name.compare(reference, Qt::CaseInsensitive) == 0) {
                const QString cycle = (open + QStringList{reference}).join(QStringLiteral(" -> "));
                throw RuleError(at.line, at.column,
                                QCoreApplication::translate("cwb::Rule", "%1 refers to itself: %2")
                                    .arg(reference, cycle));
            }
        if (m_chain.size() >= kMaxDepth)
            fail(at, QCoreApplication::translate("cwb::Rule", "references nest more than %1 deep")
                         .arg(kMaxDepth));
        RulePtr parsed;
        try {
            parsed = parseRule(ruleText);
        } catch (const RuleError &e) {
            fail(at, QCoreApplication::translate("cwb::Rule", "the rule of %1 does not parse: %2")
                         .arg(reference, e.message()));
        }
        m_chain << reference;
        RulePtr expanded = resolve(*parsed, &at);
        // A reference is a set: where the rule is unknown (a missing value) the customer is not a
        // member, so NOT tag:x is everyone outside x, as a materialised segment would be.
        auto no = std::make_unique<RuleNode>();
        no->kind = RuleNode::Kind::Boolean;
        no->text = QStringLiteral("false");
        placeAt(*no, &at);
        auto member = std::make_unique<RuleNode>();
        member->kind = RuleNode::Kind::Call;
        member->text = QStringLiteral("coalesce");
        placeAt(*member, &at);
        member->children.push_back(std::move(expanded));
        member->children.push_back(std::move(no));
        m_chain.removeLast();
        return member;
    }

    static constexpr qsizetype kMaxDepth = 32;
    const RuleDefinitions &m_defs;
    ResolvedRule &m_out;
    QString m_self;      // the reference whose definition is being resolved, if any
    QStringList m_chain; // references being expanded, outermost first
};

} // namespace

ResolvedRule resolveReferences(const RuleNode &rule, const RuleDefinitions &definitions,
                               const QString &self)
{
    ResolvedRule out;
    out.tree = Resolver(definitions, out, self).resolve(rule, nullptr);
    return out;
}

} // namespace cwb
