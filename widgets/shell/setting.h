// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace cwb {

// One typed setting, declared next to its use: a key, a default and a type, so no caller
// handles QVariant or spells a key twice. Stored with QSettings (organisation and application
// names set in main()).
template <typename T> class Setting
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QLatin1String(key)), m_default(std::move(defaultValue))
    {}
    T value() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};

} // namespace cwb
