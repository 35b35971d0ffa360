// SPDX-License-Identifier: GPL-3.0-or-later
#include "secure/passphrase.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <sodium.h>

#include <cstring>
#include <utility>

namespace cwb {

void ensureSodium()
{
    if (sodium_init() < 0)
        throw Error(QCoreApplication::translate(
            "cwb::EncryptedCopy", "the cryptography library (libsodium) cannot be initialised"));
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

Passphrase::~Passphrase()
{
    if (m_data)
        sodium_free(m_data);
}

Passphrase::Passphrase(Passphrase &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_length(std::exchange(other.m_length, 0))
{}

Passphrase &Passphrase::operator=(Passphrase &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_length = std::exchange(other.m_length, 0);
    }
    return *this;
}

bool Passphrase::sameAs(const Passphrase &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

Passphrase Passphrase::fromString(const QString &text)
{
    ensureSodium();
    QString normalized = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    Passphrase passphrase;
    passphrase.m_length = int(normalized.size());
    for (const QChar c : std::as_const(normalized))
        if (c.isLowSurrogate())
            --passphrase.m_length; // a pair of UTF-16 units is one character
    if (!utf8.isEmpty()) {
        passphrase.m_data = static_cast<unsigned char *>(sodium_malloc(std::size_t(utf8.size())));
        if (!passphrase.m_data) {
            wipe(utf8);
            wipe(normalized);
            throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                    "not enough memory for the passphrase"));
        }
        std::memcpy(passphrase.m_data, utf8.constData(), std::size_t(utf8.size()));
        passphrase.m_size = std::size_t(utf8.size());
    }
    wipe(utf8);
    wipe(normalized);
    return passphrase;
}

Passphrase Passphrase::fromUtf8(QByteArray &bytes)
{
    if (bytes.endsWith('\n')) {
        bytes[bytes.size() - 1] = '\0';
        bytes.chop(1);
        if (bytes.endsWith('\r')) {
            bytes[bytes.size() - 1] = '\0';
            bytes.chop(1);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    const bool bad = decoder.hasError();
    wipe(bytes);
    if (bad) {
        wipe(text);
        throw Error(
            QCoreApplication::translate("cwb::EncryptedCopy", "the passphrase is not UTF-8 text"));
    }
    Passphrase passphrase = fromString(text);
    wipe(text);
    return passphrase;
}

} // namespace cwb
