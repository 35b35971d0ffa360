// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/campaign.h"

#include "core/channel.h"
#include "core/error.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace cwb::campaign {

namespace {

// Reads one JSON object strictly: unknown keys and wrong types are errors naming the path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, const QString &source, QStringList keys)
        : m_object(object), m_path(std::move(path)), m_source(source)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(it.key(), QStringLiteral("unknown key (expected one of: %1)")
                                   .arg(keys.join(QStringLiteral(", "))));
        }
    }

    [[noreturn]] void fail(const QString &key, const QString &what) const
    {
        QString where = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
        throw Error(QStringLiteral("%1: %2: %3").arg(m_source, where, what));
    }
    QString path(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    QString text(const QString &key, const QString &fallback = {}, bool required = false) const
    {
        if (!has(key)) {
            if (required)
                fail(key, QStringLiteral("required"));
            return fallback;
        }
        if (!value(key).isString())
            fail(key, QStringLiteral("expected a string"));
        return value(key).toString();
    }
    double number(const QString &key, double fallback) const
    {
        if (!has(key))
            return fallback;
        if (!value(key).isDouble())
            fail(key, QStringLiteral("expected a number"));
        return value(key).toDouble();
    }
    qint64 integer(const QString &key, qint64 fallback, qint64 min, qint64 max) const
    {
        if (!has(key))
            return fallback;
        const double v = value(key).toDouble(NAN);
        if (!value(key).isDouble() || v != std::floor(v) || v < double(min) || v > double(max))
            fail(key, QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
        return qint64(v);
    }
    bool boolean(const QString &key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        if (!value(key).isBool())
            fail(key, QStringLiteral("expected true or false"));
        return value(key).toBool();
    }
    QDate date(const QString &key) const
    {
        const QString s = text(key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(key, QStringLiteral("expected a date YYYY-MM-DD, got '%1'").arg(s));
        return d;
    }
    QStringList strings(const QString &key) const
    {
        if (!has(key))
            return {};
        if (!value(key).isArray())
            fail(key, QStringLiteral("expected a list of strings"));
        QStringList out;
        for (const QJsonValue &v : value(key).toArray()) {
            if (!v.isString())
                fail(key, QStringLiteral("expected a list of strings"));
            out << v.toString();
        }
        return out;
    }
    QJsonArray array(const QString &key) const
    {
        if (!has(key))
            return {};
        if (!value(key).isArray())
            fail(key, QStringLiteral("expected a list"));
        return value(key).toArray();
    }
    QJsonObject object(const QString &key) const
    {
        if (!has(key))
            return {};
        if (!value(key).isObject())
            fail(key, QStringLiteral("expected an object"));
        return value(key).toObject();
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_source;
};

QJsonObject capacityJson(const ChannelCapacity &c)
{
    QJsonObject o;
    if (c.fixed >= 0) {
        o.insert(QStringLiteral("fixed"), c.fixed);
    } else {
        o.insert(QStringLiteral("staff"), c.staff);
        o.insert(QStringLiteral("per_staff_per_day"), c.perStaffPerDay);
    }
    return o;
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject toJson(const Campaign &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("objective"), c.objective);
    o.insert(QStringLiteral("owner"), c.owner);
    o.insert(QStringLiteral("period"), c.period);
    o.insert(QStringLiteral("start"), dateText(c.start));
    o.insert(QStringLiteral("end"), dateText(c.end));
    o.insert(QStringLiteral("priority"), c.priority);
    o.insert(QStringLiteral("seed"), QString::number(c.seed));
    o.insert(QStringLiteral("stratify_by"), c.stratifyBy);
    o.insert(QStringLiteral("value_columns"), QJsonArray::fromStringList(c.valueColumns));
    o.insert(QStringLiteral("balance_columns"), QJsonArray::fromStringList(c.balanceColumns));
    QJsonArray cells;
    for (const Cell &cell : c.cells) {
        QJsonObject j;
        j.insert(QStringLiteral("name"), cell.name);
        if (!cell.segment.isEmpty())
            j.insert(QStringLiteral("segment"), cell.segment);
        if (!cell.rule.isEmpty())
            j.insert(QStringLiteral("rule"), cell.rule);
        j.insert(QStringLiteral("offer"), cell.offer);
        j.insert(QStringLiteral("channel"), cell.channel);
        if (cell.controlSize >= 0)
            j.insert(QStringLiteral("control_size"), cell.controlSize);
        else
            j.insert(QStringLiteral("control_share"), cell.controlShare);
        cells.append(j);
    }
    o.insert(QStringLiteral("cells"), cells);
    QJsonArray waves;
    for (const Wave &wave : c.waves) {
        QJsonObject j;
        j.insert(QStringLiteral("name"), wave.name);
        j.insert(QStringLiteral("start"), dateText(wave.start));
        j.insert(QStringLiteral("days"), wave.days);
        QJsonObject capacity;
        for (auto it = wave.capacity.cbegin(); it != wave.capacity.cend(); ++it)
            capacity.insert(it.key(), capacityJson(it.value()));
        j.insert(QStringLiteral("capacity"), capacity);
        waves.append(j);
    }
    o.insert(QStringLiteral("waves"), waves);
    QJsonObject policy;
    policy.insert(QStringLiteral("blacklist"), c.policy.blacklist);
    policy.insert(QStringLiteral("graylist"), c.policy.graylist);
    policy.insert(QStringLiteral("do_not_disturb"), c.policy.doNotDisturb);
    policy.insert(QStringLiteral("fatigue_max_contacts"), c.policy.fatigueMaxContacts);
    policy.insert(QStringLiteral("fatigue_window_days"), c.policy.fatigueWindowDays);
    policy.insert(QStringLiteral("priority"), c.policy.priority);
    o.insert(QStringLiteral("policy"), policy);
    return o;
}

Campaign campaignFromJson(const QJsonObject &object, const QString &source)
{
    const Reader top(object, QString(), source,
                     {QStringLiteral("name"), QStringLiteral("objective"), QStringLiteral("owner"),
                      QStringLiteral("period"), QStringLiteral("start"), QStringLiteral("end"),
                      QStringLiteral("priority"), QStringLiteral("seed"),
                      QStringLiteral("stratify_by"), QStringLiteral("value_columns"),
                      QStringLiteral("balance_columns"), QStringLiteral("cells"),
                      QStringLiteral("waves"), QStringLiteral("policy")});
    Campaign c;
    c.name = top.text(QStringLiteral("name"), {}, true).trimmed();
    c.objective = top.text(QStringLiteral("objective"));
    c.owner = top.text(QStringLiteral("owner"));
    c.start = top.date(QStringLiteral("start"));
    c.end = top.date(QStringLiteral("end"));
    c.period = top.text(QStringLiteral("period"));
    if (c.period.isEmpty() && c.start.isValid())
        c.period = c.start.toString(QStringLiteral("yyyy-MM"));
    c.priority = int(top.integer(QStringLiteral("priority"), 0, -1000000, 1000000));
    if (top.has(QStringLiteral("seed"))) {
        // A string keeps all 64 bits (JSON numbers are doubles); a whole number is accepted too.
        const QJsonValue seed = top.value(QStringLiteral("seed"));
        bool ok = false;
        if (seed.isString())
            c.seed = seed.toString().toULongLong(&ok);
        else
            c.seed = quint64(top.integer(QStringLiteral("seed"), 1, 0, (qint64(1) << 53)));
        if (seed.isString() && !ok)
            top.fail(QStringLiteral("seed"), QStringLiteral("expected a whole number"));
    }
    c.stratifyBy = top.text(QStringLiteral("stratify_by"));
    c.valueColumns = top.strings(QStringLiteral("value_columns"));
    c.balanceColumns = top.strings(QStringLiteral("balance_columns"));
    const QJsonArray cells = top.array(QStringLiteral("cells"));
    for (int i = 0; i < cells.size(); ++i) {
        const QString path = QStringLiteral("cells[%1]").arg(i);
        if (!cells.at(i).isObject())
            top.fail(path, QStringLiteral("expected an object"));
        const Reader r(cells.at(i).toObject(), path, source,
                       {QStringLiteral("name"), QStringLiteral("segment"), QStringLiteral("rule"),
                        QStringLiteral("offer"), QStringLiteral("channel"),
                        QStringLiteral("control_share"), QStringLiteral("control_size")});
        Cell cell;
        cell.name = r.text(QStringLiteral("name"), {}, true).trimmed();
        cell.segment = r.text(QStringLiteral("segment"));
        cell.rule = r.text(QStringLiteral("rule"));
        cell.offer = r.text(QStringLiteral("offer"));
        cell.channel = r.text(QStringLiteral("channel"), QStringLiteral("call"));
        cell.controlShare = r.number(QStringLiteral("control_share"), 0.1);
        cell.controlSize = r.integer(QStringLiteral("control_size"), -1, 0, qint64(1) << 40);
        c.cells.append(cell);
    }
    const QJsonArray waves = top.array(QStringLiteral("waves"));
    for (int i = 0; i < waves.size(); ++i) {
        const QString path = QStringLiteral("waves[%1]").arg(i);
        if (!waves.at(i).isObject())
            top.fail(path, QStringLiteral("expected an object"));
        const Reader r(waves.at(i).toObject(), path, source,
                       {QStringLiteral("name"), QStringLiteral("start"), QStringLiteral("days"),
                        QStringLiteral("capacity")});
        Wave wave;
        wave.name = r.text(QStringLiteral("name"), QStringLiteral("wave %1").arg(i + 1));
        wave.start = r.date(QStringLiteral("start"));
        wave.days = int(r.integer(QStringLiteral("days"), 1, 1, 366));
        const QJsonObject capacity = r.object(QStringLiteral("capacity"));
        for (auto it = capacity.begin(); it != capacity.end(); ++it) {
            const QString cpath = r.path(QStringLiteral("capacity.") + it.key());
            if (!it.value().isObject())
                top.fail(cpath, QStringLiteral("expected an object"));
            const Reader cr(it.value().toObject(), cpath, source,
                            {QStringLiteral("staff"), QStringLiteral("per_staff_per_day"),
                             QStringLiteral("fixed")});
            ChannelCapacity cap;
            cap.staff = int(cr.integer(QStringLiteral("staff"), 0, 0, 100000));
            cap.perStaffPerDay = int(cr.integer(QStringLiteral("per_staff_per_day"), 0, 0, 100000));
            cap.fixed = cr.integer(QStringLiteral("fixed"), -1, 0, qint64(1) << 40);
            wave.capacity.insert(it.key(), cap);
        }
        c.waves.append(wave);
    }
    const Reader p(top.object(QStringLiteral("policy")), QStringLiteral("policy"), source,
                   {QStringLiteral("blacklist"), QStringLiteral("graylist"),
                    QStringLiteral("do_not_disturb"), QStringLiteral("fatigue_max_contacts"),
                    QStringLiteral("fatigue_window_days"), QStringLiteral("priority")});
    c.policy.blacklist = p.boolean(QStringLiteral("blacklist"), true);
    c.policy.graylist = p.boolean(QStringLiteral("graylist"), true);
    c.policy.doNotDisturb = p.boolean(QStringLiteral("do_not_disturb"), true);
    c.policy.fatigueMaxContacts =
        int(p.integer(QStringLiteral("fatigue_max_contacts"), 2, 0, 1000));
    c.policy.fatigueWindowDays = int(p.integer(QStringLiteral("fatigue_window_days"), 30, 0, 3660));
    c.policy.priority = p.boolean(QStringLiteral("priority"), true);
    validate(c, source);
    return c;
}

void validate(const Campaign &c, const QString &source)
{
    auto fail = [&](const QString &where, const QString &what) {
        throw Error(QStringLiteral("%1: %2: %3").arg(source, where, what));
    };
    if (c.name.trimmed().isEmpty())
        fail(QStringLiteral("name"), QStringLiteral("a campaign needs a name"));
    if (c.start.isValid() && c.end.isValid() && c.end < c.start)
        fail(QStringLiteral("end"), QStringLiteral("ends (%1) before it starts (%2)")
                                        .arg(dateText(c.end), dateText(c.start)));
    if (c.cells.isEmpty())
        fail(QStringLiteral("cells"), QStringLiteral("a campaign needs at least one cell"));
    QSet<QString> names;
    for (int i = 0; i < c.cells.size(); ++i) {
        const Cell &cell = c.cells.at(i);
        const QString where = QStringLiteral("cells[%1]").arg(i);
        if (cell.name.isEmpty())
            fail(where + QStringLiteral(".name"), QStringLiteral("a cell needs a name"));
        if (names.contains(cell.name.toCaseFolded()))
            fail(where + QStringLiteral(".name"),
                 QStringLiteral("'%1' names two cells; cell names must differ").arg(cell.name));
        names.insert(cell.name.toCaseFolded());
        if (cell.segment.isEmpty() == cell.rule.trimmed().isEmpty())
            fail(where, QStringLiteral("give either a segment or a rule"));
        if (!channelFromName(cell.channel))
            fail(where + QStringLiteral(".channel"),
                 QStringLiteral("unknown channel '%1' (expected one of: %2)")
                     .arg(cell.channel, channelNames().join(QStringLiteral(", "))));
        if (cell.controlSize < 0 && !(cell.controlShare >= 0.0 && cell.controlShare < 1.0))
            fail(where + QStringLiteral(".control_share"),
                 QStringLiteral("expected a share from 0 to below 1 (0.1 holds out 10%), got %1")
                     .arg(cell.controlShare));
    }
    for (int i = 0; i < c.waves.size(); ++i) {
        const Wave &wave = c.waves.at(i);
        const QString where = QStringLiteral("waves[%1]").arg(i);
        if (i > 0 && wave.start.isValid() && c.waves.at(i - 1).start.isValid() &&
            wave.start < c.waves.at(i - 1).start)
            fail(where + QStringLiteral(".start"),
                 QStringLiteral("waves must start in order; this one starts before the last"));
        for (auto it = wave.capacity.cbegin(); it != wave.capacity.cend(); ++it) {
            if (!channelFromName(it.key()))
                fail(where + QStringLiteral(".capacity"),
                     QStringLiteral("unknown channel '%1'").arg(it.key()));
        }
    }
    if (c.policy.fatigueMaxContacts > 0 && c.policy.fatigueWindowDays <= 0)
        fail(QStringLiteral("policy.fatigue_window_days"),
             QStringLiteral("a fatigue rule needs a window of at least one day"));
}

} // namespace cwb::campaign
