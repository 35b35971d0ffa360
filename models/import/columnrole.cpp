// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/columnrole.h"

#include "import/fieldcatalog.h"

#include <QSet>
#include <QStringList>

#include <initializer_list>

namespace cwb {

namespace {

// The ASCII words of a name or header: "MonthlyCharges" -> {monthly, charges}.
QSet<QString> words(const QString &text)
{
    const QStringList parts =
        FieldCatalog::safeColumnName(text, 0).split(QLatin1Char('_'), Qt::SkipEmptyParts);
    return QSet<QString>(parts.cbegin(), parts.cend());
}

bool anyWord(const QSet<QString> &have, std::initializer_list<const char *> wanted)
{
    for (const char *word : wanted)
        if (have.contains(QLatin1String(word)))
            return true;
    return false;
}

bool allWords(const QSet<QString> &have, std::initializer_list<const char *> wanted)
{
    for (const char *word : wanted)
        if (!have.contains(QLatin1String(word)))
            return false;
    return true;
}

bool anyText(const QString &label, std::initializer_list<const char16_t *> wanted)
{
    for (const char16_t *text : wanted)
        if (label.contains(QString::fromUtf16(text)))
            return true;
    return false;
}

// A person's name: "name" alone or with words that make it the customer's or contact's.
bool isNameWords(const QSet<QString> &w)
{
    if (anyWord(w, {"fullname", "firstname", "lastname", "surname", "customername", "custname",
                    "username", "givenname", "familyname"}))
        return true;
    if (!w.contains(QStringLiteral("name")))
        return false;
    static const QSet<QString> allowed = {
        QStringLiteral("name"),   QStringLiteral("customer"), QStringLiteral("cust"),
        QStringLiteral("user"),   QStringLiteral("contact"),  QStringLiteral("first"),
        QStringLiteral("last"),   QStringLiteral("full"),     QStringLiteral("given"),
        QStringLiteral("family"), QStringLiteral("real"),     QStringLiteral("holder"),
        QStringLiteral("owner"),  QStringLiteral("person"),   QStringLiteral("subscriber")};
    for (const QString &word : w)
        if (!allowed.contains(word))
            return false;
    return true;
}

// "contact" or "contact 4" alone: a phone (or, as text, a person).
bool isContactWords(const QSet<QString> &w)
{
    if (!w.contains(QStringLiteral("contact")))
        return false;
    for (const QString &word : w) {
        bool number = false;
        word.toInt(&number);
        if (word != QLatin1String("contact") && !number)
            return false;
    }
    return true;
}

ColumnRole personalRole(const QSet<QString> &w, const QString &label, ColumnType type)
{
    if (anyWord(w, {"idcard", "identity", "passport", "ssn", "bankcard", "iban"}) ||
        allWords(w, {"id", "card"}) || allWords(w, {"bank", "card"}) ||
        allWords(w, {"bank", "account"}) ||
        anyText(label, {u"身份证", u"证件", u"护照", u"银行卡", u"银行账号", u"银行帐号", u"卡号"}))
        return ColumnRole::IdNumber;
    if (anyWord(w, {"email", "mailbox"}) || allWords(w, {"e", "mail"}) ||
        anyText(label, {u"邮箱", u"电子邮件", u"邮件地址"}))
        return ColumnRole::Email;
    if (anyWord(w, {"address", "addr", "street"}) ||
        anyText(label, {u"地址", u"住址", u"住所", u"居住地"}))
        return ColumnRole::Address;
    if (type == ColumnType::Phone ||
        anyWord(w, {"phone", "phones", "mobile", "tel", "telephone", "msisdn", "cellphone",
                    "phonenumber", "mobilephone"}) ||
        anyText(label, {u"电话", u"手机", u"联系方式", u"号码"}) ||
        (isContactWords(w) && type != ColumnType::Text))
        return ColumnRole::Phone;
    if (isNameWords(w) || isContactWords(w) ||
        anyText(label, {u"姓名", u"名字", u"联系人", u"户名", u"客户名称", u"用户名称", u"机主"}))
        return ColumnRole::PersonName;
    return ColumnRole::Other;
}

ColumnRole amountRole(const QSet<QString> &w, const QString &label, ColumnType type)
{
    if (type != ColumnType::Integer && type != ColumnType::Decimal)
        return ColumnRole::Other;
    if (anyWord(w, {"minutes", "mins", "mou", "duration", "seconds", "secs", "data", "mb", "gb",
                    "kb", "traffic", "usage", "sms", "messages", "calls"}) ||
        anyText(label, {u"分钟", u"时长", u"流量", u"短信", u"彩信", u"通话次数"}))
        return ColumnRole::Usage;
    if (anyWord(w, {"fee", "fees", "arpu", "bill", "bills", "billing", "charge", "charges",
                    "amount", "spend", "spending", "revenue", "cost", "costs", "price", "tariff",
                    "yuan", "rmb"}) ||
        anyText(label, {u"费", u"账单", u"消费", u"金额", u"收入", u"月租"}))
        return ColumnRole::Money;
    return ColumnRole::Other;
}

} // namespace

ColumnRole columnRole(const QString &name, const QString &label, ColumnType type)
{
    if (FieldCatalog::find(name)) { // a canonical field: its name says what it is
        if (name == QLatin1String("name"))
            return ColumnRole::PersonName;
        if (name.startsWith(QLatin1String("contact")) || type == ColumnType::Phone)
            return ColumnRole::Phone;
        if (type != ColumnType::Integer && type != ColumnType::Decimal)
            return ColumnRole::Other;
        if (name.contains(QLatin1String("_fee")))
            return ColumnRole::Money;
        if (name.contains(QLatin1String("_minutes")) || name.startsWith(QLatin1String("data_mb")))
            return ColumnRole::Usage;
        return ColumnRole::Other;
    }
    QSet<QString> w = words(name);
    w.unite(words(label));
    const ColumnRole personal = personalRole(w, label, type);
    if (personal != ColumnRole::Other)
        return personal;
    return amountRole(w, label, type);
}

bool isPersonal(ColumnRole role)
{
    switch (role) {
    case ColumnRole::PersonName:
    case ColumnRole::Phone:
    case ColumnRole::IdNumber:
    case ColumnRole::Address:
    case ColumnRole::Email:
        return true;
    case ColumnRole::Other:
    case ColumnRole::Money:
    case ColumnRole::Usage:
        return false;
    }
    return false;
}

bool isAmount(ColumnRole role)
{
    return role == ColumnRole::Money || role == ColumnRole::Usage;
}

QString maskPhoneValue(const QString &value)
{
    if (value.contains(QLatin1Char('*')))
        return value;
    QString digits;
    for (const QChar c : value)
        if (c.isDigit())
            digits += c;
    if (digits.size() >= 8)
        return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
    if (digits.size() <= 2)
        return QString(value.size(), QLatin1Char('*'));
    return QString(digits.size() - 2, QLatin1Char('*')) + digits.right(2);
}

} // namespace cwb
