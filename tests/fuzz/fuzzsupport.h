// SPDX-License-Identifier: GPL-3.0-or-later
// What the libFuzzer targets share: the rule that cwb::Error is the expected outcome of bad input
// and everything else that escapes is a bug (abort, so libFuzzer saves the input), a scratch
// folder for targets whose parser reads a file, and quiet Qt logging.
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <string_view>
#include <typeinfo>

namespace cwb::fuzz {

// Reports a broken property and aborts (libFuzzer then writes the input as a crash artifact).
[[noreturn]] inline void broken(const char *target, const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s: %s\n  detail: %s\n", target, what, detail.toUtf8().constData());
    std::abort();
}

// Runs one parse. A cwb::Error (with a message) is a refusal of bad input and ends the run
// normally; any other exception, an empty error message or a crash is a bug. Returns true when
// body finished without an error.
template <typename Body> bool expectOnlyErrors(const char *target, Body &&body)
{
    try {
        body();
        return true;
    } catch (const cwb::Error &e) {
        if (e.message().trimmed().isEmpty())
            broken(target, "cwb::Error with an empty message");
        return false;
    } catch (const std::bad_alloc &) {
        broken(target, "std::bad_alloc escaped (an allocation sized by the input?)");
    } catch (const std::exception &e) {
        broken(target, "an exception other than cwb::Error escaped",
               QStringLiteral("%1: %2").arg(QString::fromLatin1(typeid(e).name()),
                                            QString::fromUtf8(e.what())));
    } catch (...) {
        broken(target, "an exception of unknown type escaped");
    }
}

// Qt's debug and warning output is dropped (it would flood libFuzzer's log); qFatal still aborts.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", message.toUtf8().constData());
            std::abort();
        }
    });
}

// A folder for the files a target hands to a parser that reads a path; removed at exit. In
// memory (/dev/shm) where there is one: rewriting a file on a disk file system flushes it.
inline const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                       ? QStringLiteral("/dev/shm/cwb-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/cwb-fuzz-XXXXXX"));
    if (!dir.isValid())
        broken("fuzz", "cannot create a temporary folder");
    return dir;
}

// Writes the fuzz input to scratch()/name and returns the path.
inline QString writeInput(const char *name, const std::uint8_t *data, std::size_t size)
{
    const QString path = scratch().filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        broken("fuzz", "cannot write the input file", path);
    return path;
}

// Strict UTF-8: shortest forms, no surrogates, nothing above U+10FFFF.
inline bool validUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t need = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            need = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            need = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            need = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (i + need >= text.size())
            return false;
        for (std::size_t k = 1; k <= need; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            if ((b & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += need + 1;
    }
    return true;
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

} // namespace cwb::fuzz
