// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>

namespace cwb {

// A passphrase held in memory that libsodium guards (sodium_malloc: kept out of swap where the
// system allows, guard pages around it) and wipes when it goes away. The text is Unicode NFC
// encoded as UTF-8, so the same words typed on another system give the same bytes. Move-only.
class Passphrase
{
public:
    // The fewest characters an encrypted copy accepts (a Chinese character counts as one).
    static constexpr int kMinLength = 10;

    Passphrase() = default;
    ~Passphrase();
    Passphrase(Passphrase &&other) noexcept;
    Passphrase &operator=(Passphrase &&other) noexcept;
    Passphrase(const Passphrase &) = delete;
    Passphrase &operator=(const Passphrase &) = delete;

    // From text typed in a window. The caller still owns (and should clear) its own copy.
    static Passphrase fromString(const QString &text);
    // From UTF-8 bytes read from a file, the terminal or the environment: one trailing line end
    // ("\n" or "\r\n") is dropped. bytes is wiped. Throws cwb::Error when they are not UTF-8.
    static Passphrase fromUtf8(QByteArray &bytes);

    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    int length() const { return m_length; } // in characters (Unicode code points)
    // The same bytes (compared in constant time).
    bool sameAs(const Passphrase &other) const;

private:
    unsigned char *m_data = nullptr; // sodium_malloc'ed, sodium_free wipes it
    std::size_t m_size = 0;
    int m_length = 0;
};

// Overwrites the bytes of a QByteArray or QString that held a secret (best effort: copies the
// caller made elsewhere are not reached).
void wipe(QByteArray &bytes);
void wipe(QString &text);

// Initialises libsodium once (thread-safe); throws cwb::Error when it cannot.
void ensureSodium();

} // namespace cwb
