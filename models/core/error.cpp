// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

namespace cwb {

Error::Error(const QString &message, Kind kind)
    : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
{}

Cancelled::Cancelled()
    : Error(QStringLiteral("cancelled by the user; nothing was changed"), Kind::Cancelled)
{}

} // namespace cwb
