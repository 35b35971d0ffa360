// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment/columnevaluator.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "segment/columnarcache.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>

namespace cwb {

namespace {

constexpr std::size_t kBlock = 1024;
constexpr double kExactLimit = 9007199254740992.0; // 2^53: doubles hold every whole number below
constexpr qint64 kUnixEpochJulianDay = 2440588;
const double kMissing = std::numeric_limits<double>::quiet_NaN();

using Str = std::string_view; // data() == nullptr: missing

inline bool missing(double v)
{
    return std::isnan(v);
}
inline bool isTrue(double v)
{
    return !std::isnan(v) && v != 0;
}
inline double truth(bool b)
{
    return b ? 1.0 : 0.0;
}
inline double not3(double v)
{
    return missing(v) ? kMissing : truth(v == 0);
}
inline double and3(double a, double b)
{
    if (a == 0 || b == 0)
        return 0;
    return missing(a) || missing(b) ? kMissing : 1;
}

enum class CmpOp
{
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge
};

CmpOp cmpOp(const QString &text)
{
    if (text == QLatin1String("="))
        return CmpOp::Eq;
    if (text == QLatin1String("!=") || text == QLatin1String("<>"))
        return CmpOp::Ne;
    if (text == QLatin1String("<"))
        return CmpOp::Lt;
    if (text == QLatin1String("<="))
        return CmpOp::Le;
    if (text == QLatin1String(">"))
        return CmpOp::Gt;
    return CmpOp::Ge;
}

// The result of an ordering (negative, zero, positive) under op.
inline bool holds(CmpOp op, int order)
{
    switch (op) {
    case CmpOp::Eq:
        return order == 0;
    case CmpOp::Ne:
        return order != 0;
    case CmpOp::Lt:
        return order < 0;
    case CmpOp::Le:
        return order <= 0;
    case CmpOp::Gt:
        return order > 0;
    case CmpOp::Ge:
        return order >= 0;
    }
    return false;
}

inline double cmpNum(CmpOp op, double a, double b)
{
    if (missing(a) || missing(b))
        return kMissing;
    return truth(holds(op, a < b ? -1 : (a > b ? 1 : 0)));
}

// SQLite's BINARY collation: memcmp, then the shorter first.
inline int order(Str a, Str b)
{
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

inline double cmpText(CmpOp op, Str a, Str b)
{
    if (!a.data() || !b.data())
        return kMissing;
    return truth(holds(op, order(a, b)));
}

// year * 12 + month + day / 31 of a day number, as the SQL computes it from 'YYYY-MM-DD'.
inline double monthNumber(double days)
{
    // Howard Hinnant's civil_from_days.
    qint64 z = qint64(days) + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return double(y * 12 + m) + double(d) / 31.0;
}

// Bounds on the values SQLite may hold as 64-bit integers (whole-number columns and literals,
// and sums, differences and products of them): below 2^53 doubles compute them exactly.
struct IntBound
{
    bool mayBeInteger = false;
    double bound = 0;
};

struct Ctx
{
    std::vector<const CachedColumn *> columns;      // by slot
    std::vector<const std::vector<quint8> *> lists; // list segments' membership, by list slot
    std::size_t begin = 0;
    std::size_t size = 0;
};

// Thrown while building when a node cannot be evaluated here.
struct Unsupported
{
    QString reason;
};

} // namespace

// One node of the evaluation tree. Numeric nodes (numbers, conditions as 1/0/NaN, dates as day
// numbers) write doubles; text nodes write string views into the cache or the rule.
struct ColumnEvaluator::Expr
{
    virtual ~Expr() = default;
    virtual bool isText() const { return false; }
    virtual void num(const Ctx &, double *) const {}
    virtual void text(const Ctx &, Str *) const {}
    virtual IntBound intBound(const Ctx &) const { return {true, 1}; } // conditions: 0 or 1
    virtual bool isConstant() const { return false; }

    // Sizes the children's buffers; nodes with per-data state (dictionaries) extend it.
    virtual void prepare(const Ctx &ctx)
    {
        numBufs.resize(kids.size());
        textBufs.resize(kids.size());
        for (std::size_t i = 0; i < kids.size(); ++i) {
            kids[i]->prepare(ctx);
            if (kids[i]->isText())
                textBufs[i].resize(kBlock);
            else
                numBufs[i].resize(kBlock);
        }
    }

    const double *kidNum(const Ctx &ctx, std::size_t i) const
    {
        kids[i]->num(ctx, numBufs[i].data());
        return numBufs[i].data();
    }
    const Str *kidText(const Ctx &ctx, std::size_t i) const
    {
        kids[i]->text(ctx, textBufs[i].data());
        return textBufs[i].data();
    }

    std::vector<std::unique_ptr<Expr>> kids;
    mutable std::vector<std::vector<double>> numBufs;
    mutable std::vector<std::vector<Str>> textBufs;
};

namespace {

using Expr = ColumnEvaluator::Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct NumConst : Expr
{
    NumConst(double v, bool integer) : value(v), integer(integer) {}
    void num(const Ctx &ctx, double *out) const override { std::fill_n(out, ctx.size, value); }
    IntBound intBound(const Ctx &) const override { return {integer, std::abs(value)}; }
    bool isConstant() const override { return true; }
    double value;
    bool integer;
};

struct NumColumn : Expr
{
    explicit NumColumn(int slot) : slot(slot) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const CachedColumn &c = *ctx.columns[std::size_t(slot)];
        if (!c.ints.empty()) {
            const qint32 *in = c.ints.data() + ctx.begin;
            for (std::size_t i = 0; i < ctx.size; ++i)
                out[i] = in[i] == CachedColumn::kNullInt ? kMissing : double(in[i]);
        } else {
            std::copy_n(c.doubles.data() + ctx.begin, ctx.size, out);
        }
    }
    IntBound intBound(const Ctx &ctx) const override
    {
        const CachedColumn &c = *ctx.columns[std::size_t(slot)];
        return {c.hasIntegers, c.maxAbs};
    }
    int slot;
};

struct DateColumn : Expr
{
    explicit DateColumn(int slot) : slot(slot) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const qint32 *in = ctx.columns[std::size_t(slot)]->ints.data() + ctx.begin;
        for (std::size_t i = 0; i < ctx.size; ++i)
            out[i] = in[i] == CachedColumn::kNullInt ? kMissing : double(in[i]);
    }
    IntBound intBound(const Ctx &) const override { return {}; } // compared as text in SQL
    int slot;
};

struct Negate : Expr
{
    void num(const Ctx &ctx, double *out) const override
    {
        const double *a = kidNum(ctx, 0);
        for (std::size_t i = 0; i < ctx.size; ++i)
            out[i] = -a[i];
    }
    IntBound intBound(const Ctx &ctx) const override { return kids[0]->intBound(ctx); }
};

struct Abs : Expr
{
    void num(const Ctx &ctx, double *out) const override
    {
        const double *a = kidNum(ctx, 0);
        for (std::size_t i = 0; i < ctx.size; ++i)
            out[i] = std::abs(a[i]);
    }
    IntBound intBound(const Ctx &ctx) const override { return kids[0]->intBound(ctx); }
};

struct Arith : Expr
{
    explicit Arith(QChar op) : op(op.toLatin1()) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const double *a = kidNum(ctx, 0);
        const double *b = kidNum(ctx, 1);
        const std::size_t n = ctx.size;
        // NaN in, NaN out; a NaN result (inf - inf) is missing in SQLite as well.
        switch (op) {
        case '+':
            for (std::size_t i = 0; i < n; ++i)
                out[i] = a[i] + b[i];
            break;
        case '-':
            for (std::size_t i = 0; i < n; ++i)
                out[i] = a[i] - b[i];
            break;
        case '*':
            for (std::size_t i = 0; i < n; ++i)
                out[i] = a[i] * b[i];
            break;
        default: // '/': CAST(a AS REAL) / NULLIF(b, 0)
            for (std::size_t i = 0; i < n; ++i)
                out[i] = b[i] == 0 ? kMissing : a[i] / b[i];
            break;
        }
    }
    IntBound intBound(const Ctx &ctx) const override
    {
        if (op == '/')
            return {};
        const IntBound a = kids[0]->intBound(ctx);
        const IntBound b = kids[1]->intBound(ctx);
        if (!a.mayBeInteger || !b.mayBeInteger)
            return {};
        return {true, op == '*' ? a.bound * b.bound : a.bound + b.bound};
    }
    char op;
};

struct Avg : Expr
{
    void num(const Ctx &ctx, double *out) const override
    {
        std::vector<const double *> args;
        for (std::size_t k = 0; k < kids.size(); ++k)
            args.push_back(kidNum(ctx, k));
        for (std::size_t i = 0; i < ctx.size; ++i) {
            double sum = 0;
            int present = 0;
            for (const double *a : args) {
                if (!missing(a[i])) {
                    sum += a[i];
                    ++present;
                } else {
                    sum += 0.0;
                }
            }
            out[i] = present == 0 ? kMissing : sum / double(present);
        }
    }
    IntBound intBound(const Ctx &ctx) const override
    {
        // The sum is computed first (in 64-bit integers when all are whole).
        IntBound sum{true, 0};
        for (const auto &k : kids) {
            const IntBound b = k->intBound(ctx);
            sum.mayBeInteger = sum.mayBeInteger && b.mayBeInteger;
            sum.bound += b.bound;
        }
        return sum;
    }
};

struct MinMax : Expr
{
    explicit MinMax(bool isMax) : isMax(isMax) {}
    void num(const Ctx &ctx, double *out) const override
    {
        std::fill_n(out, ctx.size, kMissing);
        for (std::size_t k = 0; k < kids.size(); ++k) {
            const double *a = kidNum(ctx, k);
            for (std::size_t i = 0; i < ctx.size; ++i) {
                if (missing(a[i]))
                    continue;
                if (missing(out[i]) || (isMax ? a[i] > out[i] : a[i] < out[i]))
                    out[i] = a[i];
            }
        }
    }
    IntBound intBound(const Ctx &ctx) const override
    {
        IntBound r;
        for (const auto &k : kids) {
            const IntBound b = k->intBound(ctx);
            r.mayBeInteger = r.mayBeInteger || b.mayBeInteger;
            r.bound = std::max(r.bound, b.bound);
        }
        return r;
    }
    bool isMax;
};

struct Coalesce : Expr
{
    void num(const Ctx &ctx, double *out) const override
    {
        std::fill_n(out, ctx.size, kMissing);
        for (std::size_t k = 0; k < kids.size(); ++k) {
            const double *a = kidNum(ctx, k);
            for (std::size_t i = 0; i < ctx.size; ++i)
                if (missing(out[i]))
                    out[i] = a[i];
        }
    }
    IntBound intBound(const Ctx &ctx) const override
    {
        IntBound r;
        for (const auto &k : kids) {
            const IntBound b = k->intBound(ctx);
            r.mayBeInteger = r.mayBeInteger || b.mayBeInteger;
            r.bound = std::max(r.bound, b.bound);
        }
        return r;
    }
};

struct MonthsBetween : Expr
{
    // The month numbers of a date column's days, from its earliest to its latest day, so rows
    // look them up instead of converting each day to a calendar date.
    struct Table
    {
        qint32 first = 0;
        std::vector<double> months;
    };

    void prepare(const Ctx &ctx) override
    {
        Expr::prepare(ctx);
        for (std::size_t k = 0; k < 2; ++k) {
            tables[k] = {};
            const auto *column = dynamic_cast<const DateColumn *>(kids[k].get());
            if (!column)
                continue;
            const CachedColumn &c = *ctx.columns[std::size_t(column->slot)];
            const qint32 lo = c.minDay;
            const qint32 hi = c.maxDay;
            if (lo > hi || qint64(hi) - lo > 400000) // no dates, or over a thousand years
                continue;
            tables[k].first = lo;
            for (qint32 d = lo; d <= hi; ++d)
                tables[k].months.push_back(monthNumber(double(d)));
        }
    }

    // Month numbers of kid k's values (NaN when missing).
    void months(const Ctx &ctx, std::size_t k, double *out) const
    {
        const double *days = kidNum(ctx, k);
        const Table &t = tables[k];
        if (!t.months.empty()) {
            for (std::size_t i = 0; i < ctx.size; ++i)
                out[i] =
                    missing(days[i]) ? kMissing : t.months[std::size_t(qint64(days[i]) - t.first)];
        } else if (kids[k]->isConstant()) {
            std::fill_n(out, ctx.size, missing(days[0]) ? kMissing : monthNumber(days[0]));
        } else {
            for (std::size_t i = 0; i < ctx.size; ++i)
                out[i] = missing(days[i]) ? kMissing : monthNumber(days[i]);
        }
    }

    void num(const Ctx &ctx, double *out) const override
    {
        months(ctx, 0, out);
        months(ctx, 1, second.data());
        for (std::size_t i = 0; i < ctx.size; ++i)
            out[i] -= second[i]; // NaN stays NaN
    }
    IntBound intBound(const Ctx &) const override { return {}; } // real

    Table tables[2];
    mutable std::vector<double> second = std::vector<double>(kBlock);
};

template <typename Op>
void compareLoop(const double *a, const double *b, double *out, std::size_t n, Op op)
{
    for (std::size_t i = 0; i < n; ++i) {
        const double r = op(a[i], b[i]) ? 1.0 : 0.0;
        out[i] = (std::isnan(a[i]) || std::isnan(b[i])) ? kMissing : r;
    }
}

struct Compare : Expr
{
    explicit Compare(CmpOp op) : op(op) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const double *a = kidNum(ctx, 0);
        const double *b = kidNum(ctx, 1);
        const std::size_t n = ctx.size;
        switch (op) {
        case CmpOp::Eq:
            return compareLoop(a, b, out, n, [](double x, double y) { return x == y; });
        case CmpOp::Ne:
            return compareLoop(a, b, out, n, [](double x, double y) { return x != y; });
        case CmpOp::Lt:
            return compareLoop(a, b, out, n, [](double x, double y) { return x < y; });
        case CmpOp::Le:
            return compareLoop(a, b, out, n, [](double x, double y) { return x <= y; });
        case CmpOp::Gt:
            return compareLoop(a, b, out, n, [](double x, double y) { return x > y; });
        case CmpOp::Ge:
            return compareLoop(a, b, out, n, [](double x, double y) { return x >= y; });
        }
    }
    CmpOp op;
};

struct InList : Expr // kids: value, items...
{
    explicit InList(bool negated) : negated(negated) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const double *v = kidNum(ctx, 0);
        std::fill_n(out, ctx.size, 0.0);
        for (std::size_t k = 1; k < kids.size(); ++k) {
            const double *item = kidNum(ctx, k);
            for (std::size_t i = 0; i < ctx.size; ++i) {
                if (out[i] == 1)
                    continue;
                if (missing(item[i]))
                    out[i] = kMissing;
                else if (v[i] == item[i])
                    out[i] = 1;
            }
        }
        for (std::size_t i = 0; i < ctx.size; ++i) {
            double r = missing(v[i]) ? kMissing : out[i];
            out[i] = negated ? not3(r) : r;
        }
    }
    bool negated;
};

struct Between : Expr // kids: value, low, high
{
    explicit Between(bool negated) : negated(negated) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const double *v = kidNum(ctx, 0);
        const double *lo = kidNum(ctx, 1);
        const double *hi = kidNum(ctx, 2);
        for (std::size_t i = 0; i < ctx.size; ++i) {
            const double r = and3(cmpNum(CmpOp::Ge, v[i], lo[i]), cmpNum(CmpOp::Le, v[i], hi[i]));
            out[i] = negated ? not3(r) : r;
        }
    }
    bool negated;
};

struct IsNull : Expr
{
    explicit IsNull(bool negated) : negated(negated) {}
    void num(const Ctx &ctx, double *out) const override
    {
        if (kids[0]->isText()) {
            const Str *a = kidText(ctx, 0);
            for (std::size_t i = 0; i < ctx.size; ++i)
                out[i] = truth((a[i].data() == nullptr) != negated);
        } else {
            const double *a = kidNum(ctx, 0);
            for (std::size_t i = 0; i < ctx.size; ++i)
                out[i] = truth(missing(a[i]) != negated);
        }
    }
    bool negated;
};

// A list segment: its membership read for this evaluation (ColumnarCache::listMembership).
struct ListMember : Expr
{
    explicit ListMember(int slot) : slot(slot) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const quint8 *in = ctx.lists[std::size_t(slot)]->data() + ctx.begin;
        for (std::size_t i = 0; i < ctx.size; ++i)
            out[i] = in[i] == ColumnarCache::kListUnknown ? kMissing : double(in[i]);
    }
    int slot;
};

struct Not : Expr
{
    void num(const Ctx &ctx, double *out) const override
    {
        const double *a = kidNum(ctx, 0);
        for (std::size_t i = 0; i < ctx.size; ++i)
            out[i] = not3(a[i]);
    }
};

struct Logic : Expr
{
    explicit Logic(bool isAnd) : isAnd(isAnd) {}
    void num(const Ctx &ctx, double *out) const override
    {
        const double *a = kidNum(ctx, 0);
        const std::size_t n = ctx.size;
        // When the left side decides the whole block (all false for AND, all true for OR) the
        // right side is not evaluated: three-valued AND/OR give the left value then.
        std::size_t decided = 0;
        for (std::size_t i = 0; i < n; ++i)
            decided += isAnd ? (a[i] == 0) : (a[i] == a[i] && a[i] != 0);
        if (decided == n) {
            std::fill_n(out, n, isAnd ? 0.0 : 1.0);
            return;
        }
        const double *b = kidNum(ctx, 1);
        // Written without short-circuits so the loops compile to selects.
        if (isAnd) {
            for (std::size_t i = 0; i < n; ++i) {
                const bool isFalse = (a[i] == 0) | (b[i] == 0);
                const bool unknown = (a[i] != a[i]) | (b[i] != b[i]); // NaN: unknown
                out[i] = isFalse ? 0.0 : (unknown ? kMissing : 1.0);
            }
        } else {
            for (std::size_t i = 0; i < n; ++i) {
                const bool isTrueA = (a[i] == a[i]) & (a[i] != 0);
                const bool isTrueB = (b[i] == b[i]) & (b[i] != 0);
                const bool unknown = (a[i] != a[i]) | (b[i] != b[i]); // NaN: unknown
                out[i] = (isTrueA | isTrueB) ? 1.0 : (unknown ? kMissing : 0.0);
            }
        }
    }
    bool isAnd;
};

// ---- text ----

struct TextConst : Expr
{
    explicit TextConst(const QString &value) : value(value.toStdString()) {}
    bool isText() const override { return true; }
    bool isConstant() const override { return true; }
    void text(const Ctx &ctx, Str *out) const override { std::fill_n(out, ctx.size, Str(value)); }
    std::string value;
};

template <typename Code>
void gatherCodes(const std::vector<Code> &codes, std::size_t begin, std::size_t n, Code null,
                 quint32 nullIndex, quint32 *out)
{
    const Code *in = codes.data() + begin;
    for (std::size_t i = 0; i < n; ++i)
        out[i] = in[i] == null ? nullIndex : quint32(in[i]);
}

// Dictionary indexes of a text column's rows; the missing value gets dictSize().
void gatherIndexes(const CachedColumn &c, std::size_t begin, std::size_t n, quint32 *out)
{
    const auto nullIndex = quint32(c.dictSize());
    if (!c.codes8.empty())
        gatherCodes<quint8>(c.codes8, begin, n, 0xFF, nullIndex, out);
    else if (!c.codes16.empty())
        gatherCodes<quint16>(c.codes16, begin, n, 0xFFFF, nullIndex, out);
    else
        gatherCodes<quint32>(c.codes32, begin, n, CachedColumn::kNullCode, nullIndex, out);
}

struct TextColumn : Expr
{
    explicit TextColumn(int slot) : slot(slot) {}
    bool isText() const override { return true; }
    void prepare(const Ctx &ctx) override
    {
        const CachedColumn &c = *ctx.columns[std::size_t(slot)];
        views.clear();
        for (quint32 code = 0; code < c.dictSize(); ++code)
            views.push_back(c.dictValue(code));
        views.push_back(Str());
        indexes.resize(kBlock);
    }
    void text(const Ctx &ctx, Str *out) const override
    {
        gatherIndexes(*ctx.columns[std::size_t(slot)], ctx.begin, ctx.size, indexes.data());
        for (std::size_t i = 0; i < ctx.size; ++i)
            out[i] = views[indexes[i]];
    }
    int slot;
    std::vector<Str> views; // by dictionary index, the missing value last
    mutable std::vector<quint32> indexes;
};

struct TextCoalesce : Expr
{
    bool isText() const override { return true; }
    void text(const Ctx &ctx, Str *out) const override
    {
        std::fill_n(out, ctx.size, Str());
        for (std::size_t k = 0; k < kids.size(); ++k) {
            const Str *a = kidText(ctx, k);
            for (std::size_t i = 0; i < ctx.size; ++i)
                if (!out[i].data())
                    out[i] = a[i];
        }
    }
};

// A condition on text values: = < ..., IN, BETWEEN, CONTAINS, STARTS WITH. When the first
// operand is a column and the others are literals, the condition is worked out once per distinct
// value (the dictionary) and looked up per row.
struct TextCondition : Expr
{
    enum class Kind
    {
        Compare,
        In,
        Between,
        Contains,
        StartsWith
    };
    TextCondition(Kind kind, CmpOp op, bool negated) : kind(kind), op(op), negated(negated) {}

    double apply(const Str *args) const
    {
        const Str v = args[0];
        double r = kMissing;
        switch (kind) {
        case Kind::Compare:
            return cmpText(op, v, args[1]);
        case Kind::In:
            if (!v.data())
                return kMissing;
            r = 0;
            for (std::size_t k = 1; k < kids.size(); ++k) {
                if (!args[k].data())
                    r = kMissing;
                else if (v == args[k]) {
                    r = 1;
                    break;
                }
            }
            break;
        case Kind::Between:
            r = and3(cmpText(CmpOp::Ge, v, args[1]), cmpText(CmpOp::Le, v, args[2]));
            break;
        case Kind::Contains: // instr(v, needle) > 0
            if (v.data() && args[1].data())
                r = truth(v.find(args[1]) != Str::npos);
            break;
        case Kind::StartsWith: // substr(v, 1, length(prefix)) = prefix
            if (v.data() && args[1].data())
                r = truth(v.substr(0, std::min(v.size(), args[1].size())) == args[1]);
            break;
        }
        return negated ? not3(r) : r;
    }

    void prepare(const Ctx &ctx) override
    {
        Expr::prepare(ctx);
        lookup.clear();
        auto *column = dynamic_cast<TextColumn *>(kids[0].get());
        bool literals = column != nullptr;
        for (std::size_t k = 1; k < kids.size(); ++k)
            literals = literals && kids[k]->isConstant();
        if (!literals)
            return;
        std::vector<Str> args(kids.size());
        for (std::size_t k = 1; k < kids.size(); ++k)
            args[k] = static_cast<const TextConst &>(*kids[k]).value;
        for (const Str view : column->views) { // the missing value last
            args[0] = view;
            lookup.push_back(apply(args.data()));
        }
        slot = column->slot;
        indexes.resize(kBlock);
    }

    void num(const Ctx &ctx, double *out) const override
    {
        if (!lookup.empty()) {
            gatherIndexes(*ctx.columns[std::size_t(slot)], ctx.begin, ctx.size, indexes.data());
            for (std::size_t i = 0; i < ctx.size; ++i)
                out[i] = lookup[indexes[i]];
            return;
        }
        std::vector<const Str *> cols;
        for (std::size_t k = 0; k < kids.size(); ++k)
            cols.push_back(kidText(ctx, k));
        std::vector<Str> args(kids.size());
        for (std::size_t i = 0; i < ctx.size; ++i) {
            for (std::size_t k = 0; k < kids.size(); ++k)
                args[k] = cols[k][i];
            out[i] = apply(args.data());
        }
    }

    Kind kind;
    CmpOp op;
    bool negated;
    std::vector<double> lookup; // by dictionary index (the missing value last), when usable
    int slot = -1;
    mutable std::vector<quint32> indexes;
};

// Builds the evaluation tree from a checked rule.
class Builder
{
public:
    Builder(const CheckedRule &rule, QStringList &columns, std::vector<qint64> &lists)
        : m_rule(rule), m_columns(columns), m_lists(lists)
    {}

    ExprPtr condition(const RuleNode &n) { return number(n); }

private:
    using K = RuleNode::Kind;

    RuleType typeOf(const RuleNode &n) const { return m_rule.info(n).type; }

    int slot(const RuleField &field)
    {
        for (int i = 0; i < m_columns.size(); ++i)
            if (m_columns[i].compare(field.name, Qt::CaseInsensitive) == 0)
                return i;
        m_columns << field.name;
        return int(m_columns.size() - 1);
    }

    template <typename T, typename... A> static std::unique_ptr<T> make(A &&...args)
    {
        return std::make_unique<T>(std::forward<A>(args)...);
    }

    static bool isLiteral(const RuleNode &n)
    {
        return n.kind == K::Number || n.kind == K::String || n.kind == K::Boolean ||
               n.kind == K::Today;
    }

    // The arguments of coalesce up to the first literal (never missing, so it ends the search).
    static std::vector<const RuleNode *> coalesceArgs(const RuleNode &n)
    {
        std::vector<const RuleNode *> args;
        for (const auto &c : n.children) {
            args.push_back(c.get());
            if (isLiteral(*c))
                break;
        }
        return args;
    }

    // A Date node, or a string literal holding a date, as a day number.
    ExprPtr date(const RuleNode &n)
    {
        const RuleNodeInfo &info = m_rule.info(n);
        if (info.type == RuleType::Text) {
            if (n.kind != K::String || !info.dateLiteral)
                throw Unsupported{QStringLiteral("a date is compared with text that is not a "
                                                 "date literal")};
            return make<NumConst>(dayNumber(info.literal.toString()), false);
        }
        if (info.type != RuleType::Date)
            throw Unsupported{QStringLiteral("a date is compared with a %1 value")
                                  .arg(info.type == RuleType::Bool ? "yes/no" : "number")};
        switch (n.kind) {
        case K::Today:
            return make<NumConst>(dayNumber(info.literal.toString()), false);
        case K::Field:
            return make<DateColumn>(slot(info.field));
        case K::Call: {
            ExprPtr e;
            std::vector<const RuleNode *> args;
            if (n.text == QLatin1String("coalesce")) {
                e = make<Coalesce>();
                args = coalesceArgs(n);
            } else if (n.text == QLatin1String("min") || n.text == QLatin1String("max")) {
                e = make<MinMax>(n.text == QLatin1String("max"));
                for (const auto &c : n.children)
                    args.push_back(c.get());
            } else {
                break;
            }
            for (const RuleNode *a : args)
                e->kids.push_back(date(*a));
            return e;
        }
        default:
            break;
        }
        throw Unsupported{QStringLiteral("unexpected date expression")};
    }

    static double dayNumber(const QString &iso)
    {
        return double(QDate::fromString(iso, Qt::ISODate).toJulianDay() - kUnixEpochJulianDay);
    }

    ExprPtr text(const RuleNode &n)
    {
        const RuleNodeInfo &info = m_rule.info(n);
        if (info.type != RuleType::Text)
            throw Unsupported{QStringLiteral("unexpected non-text value")};
        switch (n.kind) {
        case K::String:
            return make<TextConst>(info.literal.toString());
        case K::Field:
            return make<TextColumn>(slot(info.field));
        case K::Call:
            if (n.text == QLatin1String("coalesce")) {
                auto e = make<TextCoalesce>();
                for (const RuleNode *a : coalesceArgs(n))
                    e->kids.push_back(text(*a));
                return e;
            }
            break;
        default:
            break;
        }
        throw Unsupported{QStringLiteral("unexpected text expression")};
    }

    // Operands compared with each other (=, IN, BETWEEN): as dates when any is a date, as text
    // when the first is text, else as numbers. Returns whether they are text.
    bool compared(Expr &into, const std::vector<const RuleNode *> &operands)
    {
        bool anyDate = false;
        for (const RuleNode *o : operands)
            anyDate = anyDate || typeOf(*o) == RuleType::Date;
        const bool isText = !anyDate && typeOf(*operands[0]) == RuleType::Text;
        for (const RuleNode *o : operands)
            into.kids.push_back(anyDate ? date(*o) : isText ? text(*o) : number(*o));
        return isText;
    }

    static std::vector<const RuleNode *> children(const RuleNode &n)
    {
        std::vector<const RuleNode *> v;
        for (const auto &c : n.children)
            v.push_back(c.get());
        return v;
    }

    ExprPtr textCondition(TextCondition::Kind kind, CmpOp op, bool negated, const RuleNode &n)
    {
        auto e = make<TextCondition>(kind, op, negated);
        for (const auto &c : n.children)
            e->kids.push_back(text(*c));
        return e;
    }

public:
    // A number, a condition (1/0/missing) or a date (day number).
    ExprPtr number(const RuleNode &n)
    {
        const RuleNodeInfo &info = m_rule.info(n);
        if (info.type == RuleType::Date)
            return date(n);
        if (info.type == RuleType::Text)
            throw Unsupported{QStringLiteral("unexpected text value")};
        switch (n.kind) {
        case K::Number:
        case K::Boolean: {
            const bool integer = info.literal.typeId() == QMetaType::LongLong;
            return make<NumConst>(
                integer ? double(info.literal.toLongLong()) : info.literal.toDouble(), integer);
        }
        case K::Field:
            return make<NumColumn>(slot(info.field));
        case K::Tag: // check() refuses these; resolveReferences expands them first
            throw Unsupported{QStringLiteral("tag:%1 is not resolved").arg(n.text)};
        case K::Segment: {
            // Rule segments arrive expanded; a list segment is its saved set of customers.
            if (n.segmentId <= 0)
                throw Unsupported{QStringLiteral("segment:\"%1\" is not resolved").arg(n.text)};
            auto it = std::find(m_lists.begin(), m_lists.end(), n.segmentId);
            if (it == m_lists.end())
                it = m_lists.insert(m_lists.end(), n.segmentId);
            return make<ListMember>(int(it - m_lists.begin()));
        }
        case K::Not: {
            auto e = make<Not>();
            e->kids.push_back(number(*n.children[0]));
            return e;
        }
        case K::And:
        case K::Or: {
            auto e = make<Logic>(n.kind == K::And);
            e->kids.push_back(number(*n.children[0]));
            e->kids.push_back(number(*n.children[1]));
            return e;
        }
        case K::Negate: {
            auto e = make<Negate>();
            e->kids.push_back(number(*n.children[0]));
            return e;
        }
        case K::Arith: {
            auto e = make<Arith>(n.text.at(0));
            e->kids.push_back(number(*n.children[0]));
            e->kids.push_back(number(*n.children[1]));
            return e;
        }
        case K::Compare: {
            const CmpOp op = cmpOp(n.text);
            auto e = make<Compare>(op);
            if (!compared(*e, children(n)))
                return e;
            return textCondition(TextCondition::Kind::Compare, op, false, n);
        }
        case K::In: {
            auto e = make<InList>(n.negated);
            if (!compared(*e, children(n)))
                return e;
            return textCondition(TextCondition::Kind::In, CmpOp::Eq, n.negated, n);
        }
        case K::Between: {
            auto e = make<Between>(n.negated);
            if (!compared(*e, children(n)))
                return e;
            return textCondition(TextCondition::Kind::Between, CmpOp::Eq, n.negated, n);
        }
        case K::Contains:
            return textCondition(TextCondition::Kind::Contains, CmpOp::Eq, n.negated, n);
        case K::StartsWith:
            return textCondition(TextCondition::Kind::StartsWith, CmpOp::Eq, n.negated, n);
        case K::IsNull: {
            auto e = make<IsNull>(n.negated);
            const RuleNode &value = *n.children[0];
            e->kids.push_back(typeOf(value) == RuleType::Text ? text(value) : number(value));
            return e;
        }
        case K::Call:
            return call(n);
        case K::String:
        case K::Today:
            break;
        }
        throw Unsupported{QStringLiteral("unexpected expression")};
    }

private:
    ExprPtr call(const RuleNode &n)
    {
        ExprPtr e;
        std::vector<const RuleNode *> args = children(n);
        if (n.text == QLatin1String("abs")) {
            e = make<Abs>();
        } else if (n.text == QLatin1String("avg")) {
            e = make<Avg>();
        } else if (n.text == QLatin1String("min") || n.text == QLatin1String("max")) {
            e = make<MinMax>(n.text == QLatin1String("max"));
        } else if (n.text == QLatin1String("coalesce")) {
            e = make<Coalesce>();
            args = coalesceArgs(n);
        } else if (n.text == QLatin1String("months_between")) {
            auto m = make<MonthsBetween>();
            m->kids.push_back(date(*n.children[0]));
            m->kids.push_back(date(*n.children[1]));
            return m;
        } else {
            throw Unsupported{QStringLiteral("unknown function %1()").arg(n.text)};
        }
        for (const RuleNode *a : args)
            e->kids.push_back(number(*a));
        return e;
    }

    const CheckedRule &m_rule;
    QStringList &m_columns;
    std::vector<qint64> &m_lists;
};

// The first node whose whole-number values may pass 2^53, or nullptr.
bool beyondExact(const Expr &e, const Ctx &ctx)
{
    if (!e.isText()) {
        const IntBound b = e.intBound(ctx);
        if (b.mayBeInteger && !(b.bound < kExactLimit))
            return true;
    }
    for (const auto &k : e.kids)
        if (beyondExact(*k, ctx))
            return true;
    return false;
}

} // namespace

ColumnEvaluator::ColumnEvaluator(const CheckedRule &rule)
{
    try {
        m_root = Builder(rule, m_columns, m_lists).condition(*rule.root);
    } catch (const Unsupported &u) {
        m_reason = u.reason;
        m_root.reset();
    }
}

ColumnEvaluator::~ColumnEvaluator() = default;

std::optional<ColumnMatch> ColumnEvaluator::evaluate(const ColumnarCache &cache, bool withRowids,
                                                     QString *whyNot, JobControl *job) const
{
    const auto decline = [&](const QString &reason) -> std::optional<ColumnMatch> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (!m_root)
        return decline(m_reason);
    Ctx ctx;
    for (const QString &name : m_columns) {
        const CachedColumn *column = cache.column(name);
        if (!column)
            throw Error(
                QStringLiteral("column '%1' is not loaded in the columnar cache").arg(name));
        if (!column->inexact.isEmpty())
            return decline(column->inexact);
        ctx.columns.push_back(column);
    }
    if (beyondExact(*m_root, ctx))
        return decline(QStringLiteral("the rule's arithmetic may pass 2^53, where only 64-bit "
                                      "integers are exact"));
    // List segments: read now (they may change without data_version moving), after the checks
    // that may decline.
    std::vector<std::vector<quint8>> lists;
    lists.reserve(m_lists.size());
    for (const qint64 id : m_lists) {
        lists.push_back(cache.listMembership(id, job));
        ctx.lists.push_back(&lists.back());
    }
    m_root->prepare(ctx);

    ColumnMatch match;
    const std::size_t rows = cache.rowids().size();
    const qint64 *rowids = cache.rowids().data();
    std::vector<double> out(kBlock);
    Progress progress;
    for (std::size_t begin = 0; begin < rows; begin += kBlock) {
        ctx.begin = begin;
        ctx.size = std::min(kBlock, rows - begin);
        m_root->num(ctx, out.data());
        for (std::size_t i = 0; i < ctx.size; ++i) {
            if (isTrue(out[i])) {
                ++match.count;
                if (withRowids)
                    match.rowids.push_back(rowids[begin + i]);
            }
        }
        if (job && (begin / kBlock) % 256 == 255) {
            job->throwIfCancelled();
            progress.items = qint64(begin + ctx.size);
            job->report(progress);
        }
    }
    return match;
}

} // namespace cwb
