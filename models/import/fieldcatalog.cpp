// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fieldcatalog.h"

#include <QHash>

namespace cwb {

namespace {

using T = ColumnType;

// Month-indexed fields: m1 = last month, m2 = the month before, m3 = three months back.
void addMonthly(QList<CanonicalField> &list, const QString &base, T type, const QString &zh,
                const QString &en, const QStringList &englishStems, int months)
{
    const QStringList zhMonth{QStringLiteral("上月"), QStringLiteral("前月"),
                              QStringLiteral("大前月")};
    const QStringList enMonth{QStringLiteral("last month"), QStringLiteral("2 months ago"),
                              QStringLiteral("3 months ago")};
    for (int m = 1; m <= months; ++m) {
        CanonicalField field;
        field.name = QStringLiteral("%1_m%2").arg(base).arg(m);
        field.type = type;
        field.labelZh = QStringLiteral("%1_M%2").arg(zh).arg(m);
        field.labelEn = QStringLiteral("%1, %2").arg(en, enMonth.at(m - 1));
        field.synonyms << field.name << field.labelZh << QStringLiteral("%1M%2").arg(zh).arg(m)
                       << QStringLiteral("%1%2").arg(zh).arg(m);
        for (const QString &stem : englishStems)
            field.synonyms << QStringLiteral("%1_m%2").arg(stem).arg(m)
                           << QStringLiteral("%1%2").arg(stem).arg(m);
        if (m == 1) {
            field.synonyms << zhMonth.at(0) + zh << QStringLiteral("本月") + zh;
            for (const QString &stem : englishStems)
                field.synonyms << stem;
        } else {
            field.synonyms << zhMonth.at(m - 1) + zh;
        }
        list << field;
    }
}

QList<CanonicalField> buildCatalog()
{
    QList<CanonicalField> list;
    auto add = [&list](const QString &name, T type, const QString &zh, const QString &en,
                       QStringList synonyms) {
        synonyms << name << zh;
        list << CanonicalField{name, type, zh, en, synonyms};
    };
    // Basic information.
    add(QStringLiteral("customer_id"), T::Text, QStringLiteral("客户ID"),
        QStringLiteral("Customer ID"),
        {QStringLiteral("customerid"), QStringLiteral("cust_id"), QStringLiteral("custid"),
         QStringLiteral("customer_no"), QStringLiteral("customer_number"), QStringLiteral("id"),
         QStringLiteral("客户编号"), QStringLiteral("客户编码"), QStringLiteral("客户号"),
         QStringLiteral("用户ID"), QStringLiteral("用户编号"), QStringLiteral("用户编码")});
    add(QStringLiteral("name"), T::Text, QStringLiteral("客户名称"), QStringLiteral("Name"),
        {QStringLiteral("customer_name"), QStringLiteral("cust_name"), QStringLiteral("客户姓名"),
         QStringLiteral("姓名"), QStringLiteral("用户名称"), QStringLiteral("用户姓名")});
    add(QStringLiteral("brand"), T::Text, QStringLiteral("品牌"), QStringLiteral("Brand"),
        {QStringLiteral("客户品牌")});
    add(QStringLiteral("product_mix"), T::Text, QStringLiteral("产品组合"),
        QStringLiteral("Product mix"),
        {QStringLiteral("products"), QStringLiteral("产品构成"), QStringLiteral("业务组合")});
    add(QStringLiteral("join_date"), T::Date, QStringLiteral("入网时间"),
        QStringLiteral("Join date"),
        {QStringLiteral("join_month"), QStringLiteral("activation_date"),
         QStringLiteral("入网日期"), QStringLiteral("入网月份"), QStringLiteral("开户时间"),
         QStringLiteral("开户日期")});
    add(QStringLiteral("grid"), T::Text, QStringLiteral("营销网格"),
        QStringLiteral("Marketing grid"),
        {QStringLiteral("district"), QStringLiteral("网格"), QStringLiteral("所属网格"),
         QStringLiteral("区域"), QStringLiteral("片区")});
    add(QStringLiteral("account_manager"), T::Text, QStringLiteral("客户经理"),
        QStringLiteral("Account manager"), {QStringLiteral("manager")});
    // Contacts.
    add(QStringLiteral("contact1"), T::Phone, QStringLiteral("第一联系电话"),
        QStringLiteral("First contact"),
        {QStringLiteral("contact_1"), QStringLiteral("phone"), QStringLiteral("phone1"),
         QStringLiteral("联系电话"), QStringLiteral("联系电话1"), QStringLiteral("固定电话"),
         QStringLiteral("固话号码")});
    add(QStringLiteral("contact2"), T::Phone, QStringLiteral("第二联系电话"),
        QStringLiteral("Second contact"),
        {QStringLiteral("contact_2"), QStringLiteral("phone2"), QStringLiteral("mobile"),
         QStringLiteral("联系电话2"), QStringLiteral("手机"), QStringLiteral("手机号码")});
    add(QStringLiteral("contact3"), T::Phone, QStringLiteral("第三联系电话"),
        QStringLiteral("Third contact"),
        {QStringLiteral("contact_3"), QStringLiteral("phone3"), QStringLiteral("联系电话3")});
    // Fees by month (yuan).
    addMonthly(list, QStringLiteral("total_fee"), T::Decimal, QStringLiteral("总费用"),
               QStringLiteral("Total fee"), {QStringLiteral("total_fee"), QStringLiteral("arpu")},
               3);
    addMonthly(list, QStringLiteral("local_fee"), T::Decimal, QStringLiteral("本地通话费"),
               QStringLiteral("Local call fee"), {QStringLiteral("local_fee")}, 3);
    addMonthly(list, QStringLiteral("ld_fee"), T::Decimal, QStringLiteral("长途费"),
               QStringLiteral("Long-distance fee"),
               {QStringLiteral("ld_fee"), QStringLiteral("long_distance_fee")}, 3);
    addMonthly(list, QStringLiteral("roaming_fee"), T::Decimal, QStringLiteral("漫游费"),
               QStringLiteral("Roaming fee"), {QStringLiteral("roaming_fee")}, 1);
    addMonthly(list, QStringLiteral("broadband_fee"), T::Decimal, QStringLiteral("宽带费"),
               QStringLiteral("Broadband fee"), {QStringLiteral("broadband_fee")}, 1);
    addMonthly(list, QStringLiteral("fixed_fee"), T::Decimal, QStringLiteral("固话费"),
               QStringLiteral("Fixed-line fee"), {QStringLiteral("fixed_fee")}, 1);
    add(QStringLiteral("avg_fee_3m"), T::Decimal, QStringLiteral("近三月平均总费用"),
        QStringLiteral("Average total fee, 3 months"),
        {QStringLiteral("avg_total_fee_3m"), QStringLiteral("三月平均费用"),
         QStringLiteral("近三月平均费用"), QStringLiteral("近3月平均总费用")});
    // Usage by month.
    addMonthly(list, QStringLiteral("local_minutes"), T::Decimal, QStringLiteral("本地通话分钟"),
               QStringLiteral("Local minutes"), {QStringLiteral("local_minutes")}, 3);
    addMonthly(list, QStringLiteral("ld_minutes"), T::Decimal, QStringLiteral("长途通话分钟"),
               QStringLiteral("Long-distance minutes"), {QStringLiteral("ld_minutes")}, 3);
    addMonthly(list, QStringLiteral("roaming_minutes"), T::Decimal, QStringLiteral("漫游通话分钟"),
               QStringLiteral("Roaming minutes"), {QStringLiteral("roaming_minutes")}, 1);
    addMonthly(list, QStringLiteral("data_mb"), T::Decimal, QStringLiteral("上网流量MB"),
               QStringLiteral("Data volume (MB)"), {QStringLiteral("data_mb")}, 3);
    add(QStringLiteral("broadband_mbps"), T::Integer, QStringLiteral("宽带速率"),
        QStringLiteral("Broadband speed (Mbit/s)"),
        {QStringLiteral("broadband_speed"), QStringLiteral("宽带速率M"),
         QStringLiteral("宽带带宽")});
    // Status.
    add(QStringLiteral("contract_end"), T::Date, QStringLiteral("协议到期"),
        QStringLiteral("Contract end"),
        {QStringLiteral("contract_end_date"), QStringLiteral("协议到期时间"),
         QStringLiteral("协议到期日"), QStringLiteral("合约到期"), QStringLiteral("合约到期时间")});
    add(QStringLiteral("complaints_3m"), T::Integer, QStringLiteral("近三月投诉次数"),
        QStringLiteral("Complaints, 3 months"),
        {QStringLiteral("complaints"), QStringLiteral("投诉次数")});
    add(QStringLiteral("late_payments_3m"), T::Integer, QStringLiteral("近三月欠费次数"),
        QStringLiteral("Late payments, 3 months"),
        {QStringLiteral("late_payments"), QStringLiteral("欠费次数")});
    add(QStringLiteral("opt_out"), T::Boolean, QStringLiteral("拒绝营销"),
        QStringLiteral("Opted out of marketing"),
        {QStringLiteral("optout"), QStringLiteral("do_not_market"), QStringLiteral("免打扰")});
    return list;
}

} // namespace

const QList<CanonicalField> &FieldCatalog::fields()
{
    static const QList<CanonicalField> catalog = buildCatalog();
    return catalog;
}

const CanonicalField *FieldCatalog::find(const QString &name)
{
    for (const CanonicalField &field : fields())
        if (field.name == name)
            return &field;
    return nullptr;
}

const CanonicalField *FieldCatalog::match(const QString &header)
{
    static const QHash<QString, const CanonicalField *> index = [] {
        QHash<QString, const CanonicalField *> map;
        for (const CanonicalField &field : fields())
            for (const QString &synonym : field.synonyms)
                map.insert(normaliseHeader(synonym), &field);
        return map;
    }();
    return index.value(normaliseHeader(header), nullptr);
}

QString FieldCatalog::normaliseHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII forms
            u = char16_t(u - 0xFEE0);
        if (u == 0x3000 || u == 0xFEFF) // ideographic space, stray BOM
            continue;
        const QChar folded(u);
        if (folded.isSpace() || u == '_' || u == '-' || u == '.' || u == '(' || u == ')' ||
            u == 0xFF08 || u == 0xFF09 || u == '[' || u == ']')
            continue;
        out.append(folded.toLower());
    }
    return out;
}

QString FieldCatalog::safeColumnName(const QString &header, int position)
{
    QString out;
    const QString trimmed = header.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            // camelCase boundary: "monthlyCharges" -> "monthly_charges"
            if (c.isUpper() && !out.isEmpty() && !out.endsWith(QLatin1Char('_')) && i > 0 &&
                (trimmed.at(i - 1).isLower() ||
                 (i + 1 < trimmed.size() && trimmed.at(i + 1).isLower() &&
                  trimmed.at(i - 1).isUpper())))
                out.append(QLatin1Char('_'));
            out.append(c.toLower());
        } else if (!out.isEmpty() && !out.endsWith(QLatin1Char('_'))) {
            out.append(QLatin1Char('_'));
        }
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (out.isEmpty() || out.at(0).isDigit() || out.startsWith(QLatin1String("sqlite_")) ||
        out.startsWith(QLatin1Char('_')))
        return QStringLiteral("col_%1").arg(position + 1);
    return out;
}

} // namespace cwb
