// SPDX-License-Identifier: GPL-3.0-or-later
#include "secure/encryptedcopy.h"

#include "core/error.h"
#include "core/jobcontrol.h"
#include "secure/passphrase.h"
#include "workspace/workspace.h"
#include "workspace/workspacelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace cwb {

using namespace encryptedcopy;

static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);
static_assert(kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(kKdfArgon2id13 == crypto_pwhash_ALG_ARGON2ID13);
static_assert(kMinOpsLimit >= crypto_pwhash_OPSLIMIT_MIN);
static_assert(kMinMemLimit >= crypto_pwhash_MEMLIMIT_MIN);
static_assert(kHeaderSize == 68);

namespace {

// The key and the stream state (which holds a key too) in memory libsodium guards and wipes.
struct StreamSecrets
{
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_state state;
};

struct SodiumFree
{
    void operator()(StreamSecrets *secrets) const { sodium_free(secrets); }
};

std::unique_ptr<StreamSecrets, SodiumFree> allocateSecrets()
{
    auto *secrets = static_cast<StreamSecrets *>(sodium_malloc(sizeof(StreamSecrets)));
    if (!secrets)
        throw Error(
            QCoreApplication::translate("cwb::EncryptedCopy", "not enough memory for the key"));
    return std::unique_ptr<StreamSecrets, SodiumFree>(secrets);
}

// A buffer of plain workspace bytes, wiped when it goes away.
class PlainBuffer
{
public:
    explicit PlainBuffer(std::size_t size) : m_bytes(size) {}
    ~PlainBuffer() { sodium_memzero(m_bytes.data(), m_bytes.size()); }
    PlainBuffer(const PlainBuffer &) = delete;
    PlainBuffer &operator=(const PlainBuffer &) = delete;
    unsigned char *data() { return m_bytes.data(); }
    char *chars() { return reinterpret_cast<char *>(m_bytes.data()); }

private:
    std::vector<unsigned char> m_bytes;
};

void report(JobControl *job, qint64 done, qint64 total, qint64 chunks, bool force = false)
{
    if (!job)
        return;
    Progress progress;
    progress.bytesDone = done;
    progress.bytesTotal = total;
    progress.items = chunks;
    job->report(progress, force);
}

void checkCancel(JobControl *job)
{
    if (job)
        job->throwIfCancelled();
}

bool limitsInRange(const KdfLimits &kdf)
{
    return kdf.opsLimit >= kMinOpsLimit && kdf.opsLimit <= kMaxOpsLimit &&
           kdf.memLimit >= kMinMemLimit && kdf.memLimit <= kMaxMemLimit;
}

void deriveKey(unsigned char *key, const Passphrase &passphrase, const QByteArray &salt,
               const KdfLimits &kdf)
{
    if (crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES,
                      reinterpret_cast<const char *>(passphrase.data()), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), kdf.opsLimit,
                      std::size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "not enough memory to derive the key from the "
                                                "passphrase (Argon2id needs %1 MiB)")
                        .arg(kdf.memLimit >> 20));
}

QByteArray serialise(const Header &header)
{
    QByteArray bytes(kHeaderSize, '\0');
    char *p = bytes.data();
    std::memcpy(p, kMagic, 4);
    qToLittleEndian<quint16>(quint16(header.formatVersion), p + 4);
    p[6] = char(kKdfArgon2id13);
    p[7] = char(kCipherSecretstreamXChaCha20Poly1305);
    qToLittleEndian<quint64>(header.kdf.opsLimit, p + 8);
    qToLittleEndian<quint64>(header.kdf.memLimit, p + 16);
    qToLittleEndian<quint32>(header.chunkSize, p + 24);
    std::memcpy(p + 28, header.salt.constData(), kSaltBytes);
    std::memcpy(p + 28 + kSaltBytes, header.streamHeader.constData(), kStreamHeaderBytes);
    return bytes;
}

Header parse(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() < 4 || std::memcmp(bytes.constData(), kMagic, 4) != 0) {
        if (bytes.startsWith("SQLite format 3"))
            throw Error(QCoreApplication::translate(
                            "cwb::EncryptedCopy",
                            "%1 is not an encrypted copy: it is an unencrypted SQLite file (a "
                            "workspace .cwb opens as it is)")
                            .arg(path));
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "%1 is not an encrypted copy of a workspace (it "
                                                "does not start with CWBX)")
                        .arg(path));
    }
    if (bytes.size() < kHeaderSize)
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "%1 is truncated: its header has %2 of %3 bytes")
                        .arg(path)
                        .arg(bytes.size())
                        .arg(kHeaderSize));
    const char *p = bytes.constData();
    Header header;
    header.formatVersion = qFromLittleEndian<quint16>(p + 4);
    if (header.formatVersion > kFormatVersion)
        throw Error(QCoreApplication::translate(
                        "cwb::EncryptedCopy",
                        "%1 was written by a newer Campaign Workbench (encrypted copy format %2; "
                        "this version reads format %3). Update the application to open it")
                        .arg(path)
                        .arg(header.formatVersion)
                        .arg(kFormatVersion));
    const int kdf = quint8(p[6]);
    const int cipher = quint8(p[7]);
    header.kdf.opsLimit = qFromLittleEndian<quint64>(p + 8);
    header.kdf.memLimit = qFromLittleEndian<quint64>(p + 16);
    header.chunkSize = qFromLittleEndian<quint32>(p + 24);
    header.salt = bytes.mid(28, kSaltBytes);
    header.streamHeader = bytes.mid(28 + kSaltBytes, kStreamHeaderBytes);
    if (header.formatVersion != kFormatVersion || kdf != kKdfArgon2id13 ||
        cipher != kCipherSecretstreamXChaCha20Poly1305)
        throw Error(QCoreApplication::translate(
                        "cwb::EncryptedCopy",
                        "%1 has a damaged header (format %2, key derivation %3, cipher %4; "
                        "expected %5, %6, %7)")
                        .arg(path)
                        .arg(header.formatVersion)
                        .arg(kdf)
                        .arg(cipher)
                        .arg(kFormatVersion)
                        .arg(kKdfArgon2id13)
                        .arg(kCipherSecretstreamXChaCha20Poly1305));
    if (!limitsInRange(header.kdf) || header.chunkSize < kMinChunkSize ||
        header.chunkSize > kMaxChunkSize)
        throw Error(QCoreApplication::translate(
                        "cwb::EncryptedCopy",
                        "%1 has a damaged header: its key parameters (%2 passes, %3 bytes of "
                        "memory) or chunk size (%4 bytes) are out of range")
                        .arg(path)
                        .arg(header.kdf.opsLimit)
                        .arg(header.kdf.memLimit)
                        .arg(header.chunkSize));
    return header;
}

// Where a result is written before it replaces target: a new file (mode 0600) beside it, so the
// final rename stays on one file system. Removed on destruction unless committed.
std::unique_ptr<QTemporaryFile> createBeside(const QFileInfo &target)
{
    auto file = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    // Unbuffered (through QFile, where that open is public): no copy of the plaintext stays
    // in Qt's write buffer; the chunks are written whole anyway.
    if (!static_cast<QFile &>(*file).open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot create a file in "
                                                                      "%1: %2")
                        .arg(QDir::toNativeSeparators(target.absolutePath()), file->errorString()));
    return file;
}

void writeAll(QFile &file, const char *data, qint64 size, const QString &target)
{
    if (file.write(data, size) != size)
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot write %1: %2")
                        .arg(target, file.errorString()));
}

// Flushes file to the disk and closes it (still named, still removed if not committed).
void finish(QTemporaryFile &file, const QString &target)
{
    bool ok = file.flush();
#ifdef Q_OS_WIN
    ok = ok && _commit(file.handle()) == 0;
#else
    ok = ok && ::fsync(file.handle()) == 0;
#endif
    const QString error = file.errorString();
    file.close();
    if (!ok)
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot write %1: %2")
                        .arg(target, error));
}

// Moves the finished temporary file over target in one step (rename replaces it atomically).
void commit(std::unique_ptr<QTemporaryFile> file, const QFileInfo &target)
{
    const QString part = file->fileName(); // gives an unnamed temporary file its name
    file->setAutoRemove(false);
    file.reset(); // really closes it (QTemporaryFile::close keeps it open; Windows cannot
                  // rename an open file)
    std::error_code error;
    std::filesystem::rename(QFileInfo(part).filesystemAbsoluteFilePath(),
                            target.filesystemAbsoluteFilePath(), error);
    if (error) {
        QFile::remove(part);
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot write %1: %2")
                        .arg(target.absoluteFilePath(), QString::fromLocal8Bit(error.message())));
    }
}

// The checks on the output path both directions share.
void checkTarget(const QFileInfo &target, const QString &source, bool replace)
{
    if (target.absoluteFilePath() == QFileInfo(source).absoluteFilePath())
        throw Error(
            QCoreApplication::translate("cwb::EncryptedCopy", "the result cannot replace %1 itself")
                .arg(source));
    if (target.isDir())
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "%1 is a folder")
                        .arg(target.filePath()));
    if (target.exists() && !replace)
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "%1 already exists; choose another name")
                        .arg(target.filePath()));
    if (!target.absoluteDir().exists())
        throw Error(
            QCoreApplication::translate("cwb::EncryptedCopy", "the folder %1 does not exist")
                .arg(QDir::toNativeSeparators(target.absolutePath())));
}

} // namespace

namespace encryptedcopy {

Header readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot open %1: %2")
                        .arg(path, file.errorString()));
    return parse(file.read(kHeaderSize), path);
}

bool looksEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray(kMagic, 4);
}

} // namespace encryptedcopy

Result encryptCopy(Workspace &workspace, const QString &outPath, const Passphrase &passphrase,
                   JobControl *job, const EncryptOptions &options)
{
    ensureSodium();
    if (passphrase.length() < Passphrase::kMinLength)
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "the passphrase is too short: it has %1 "
                                                "characters, an encrypted copy needs at least %2")
                        .arg(passphrase.length())
                        .arg(Passphrase::kMinLength));
    if (!limitsInRange(options.kdf))
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "key parameters out of range: %1 passes, %2 "
                                                "bytes of memory")
                        .arg(options.kdf.opsLimit)
                        .arg(options.kdf.memLimit));
    const QFileInfo target(outPath);
    checkTarget(target, workspace.path(), options.replace);

    // The plain copy lives in a folder only this user can enter (QTemporaryDir: mode 0700) and
    // goes away with it, on success, error or cancel alike.
    QTemporaryDir privateDir(QDir::temp().filePath(QStringLiteral("cwb-encrypt-XXXXXX")));
    if (!privateDir.isValid())
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "cannot create a private temporary folder: %1")
                        .arg(privateDir.errorString()));
    const QString plainPath = privateDir.filePath(QStringLiteral("copy.cwb"));
    report(job, 0, 0, 0, true);
    workspace.saveCopy(plainPath);
    QFile::setPermissions(plainPath, QFile::ReadOwner | QFile::WriteOwner);
    checkCancel(job);

    Result result;
    result.schemaVersion = workspace.schemaVersion();
    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) // no copy in a read buffer
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot open %1: %2")
                        .arg(plainPath, plain.errorString()));
    result.plainBytes = plain.size();

    Header header;
    header.kdf = options.kdf;
    header.salt.resize(kSaltBytes);
    randombytes_buf(header.salt.data(), kSaltBytes);
    auto secrets = allocateSecrets();
    deriveKey(secrets->key, passphrase, header.salt, header.kdf);
    checkCancel(job);
    header.streamHeader.resize(kStreamHeaderBytes);
    crypto_secretstream_xchacha20poly1305_init_push(
        &secrets->state, reinterpret_cast<unsigned char *>(header.streamHeader.data()),
        secrets->key);
    sodium_memzero(secrets->key, sizeof secrets->key); // the state carries what it needs
    const QByteArray headerBytes = serialise(header);

    auto out = createBeside(target);
    writeAll(*out, headerBytes.constData(), headerBytes.size(), outPath);
    PlainBuffer in(header.chunkSize);
    std::vector<unsigned char> cipher(header.chunkSize + kChunkOverhead);
    qint64 done = 0;
    for (bool final = false; !final;) {
        const qint64 n = plain.read(in.chars(), header.chunkSize);
        if (n < 0)
            throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot read %1: %2")
                            .arg(plainPath, plain.errorString()));
        final = plain.atEnd();
        const bool first = result.chunks == 0;
        unsigned long long cipherSize = 0;
        // The header is the first chunk's additional data: changing any of its bytes (the key
        // parameters too) makes the first chunk fail its check.
        crypto_secretstream_xchacha20poly1305_push(
            &secrets->state, cipher.data(), &cipherSize, in.data(), quint64(n),
            first ? reinterpret_cast<const unsigned char *>(headerBytes.constData()) : nullptr,
            first ? quint64(headerBytes.size()) : 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                  : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        writeAll(*out, reinterpret_cast<const char *>(cipher.data()), qint64(cipherSize), outPath);
        done += n;
        ++result.chunks;
        report(job, done, result.plainBytes, result.chunks);
        checkCancel(job);
    }
    finish(*out, outPath);
    result.encryptedBytes = QFileInfo(out->fileName()).size();
    commit(std::move(out), target);
    report(job, done, result.plainBytes, result.chunks, true);
    return result;
}

Result decryptCopy(const QString &inPath, const QString &outPath, const Passphrase &passphrase,
                   JobControl *job, bool replace)
{
    ensureSodium();
    if (passphrase.isEmpty())
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "no passphrase was given"));
    if (!QFileInfo::exists(inPath))
        throw Error(
            QCoreApplication::translate("cwb::EncryptedCopy", "%1 does not exist").arg(inPath));
    const QFileInfo target(outPath);
    checkTarget(target, inPath, replace);
    // The result may replace a workspace: only while no one writes it (its lock), and never one
    // this program has open.
    if (WorkspaceLock::heldHere(outPath))
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "%1 is open in this program; close it first or "
                                                "choose another name")
                        .arg(outPath),
                    Error::Kind::Locked);
    const std::shared_ptr<WorkspaceLock> lock = WorkspaceLock::acquire(outPath);

    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot open %1: %2")
                        .arg(inPath, in.errorString()));
    const qint64 total = in.size();
    const QByteArray headerBytes = in.read(kHeaderSize);
    const Header header = parse(headerBytes, inPath);
    report(job, 0, 0, 0, true);

    auto secrets = allocateSecrets();
    deriveKey(secrets->key, passphrase, header.salt, header.kdf);
    checkCancel(job);
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &secrets->state, reinterpret_cast<const unsigned char *>(header.streamHeader.data()),
            secrets->key) != 0)
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "%1 has a damaged header")
                        .arg(inPath));
    sodium_memzero(secrets->key, sizeof secrets->key);

    auto out = createBeside(target);
    const qint64 cipherChunk = qint64(header.chunkSize) + kChunkOverhead;
    std::vector<unsigned char> cipher(static_cast<std::size_t>(cipherChunk));
    PlainBuffer plain(header.chunkSize);
    Result result;
    result.encryptedBytes = total;
    qint64 offset = kHeaderSize;
    for (bool final = false; !final;) {
        const qint64 n = in.read(reinterpret_cast<char *>(cipher.data()), cipherChunk);
        if (n < 0)
            throw Error(QCoreApplication::translate("cwb::EncryptedCopy", "cannot read %1: %2")
                            .arg(inPath, in.errorString()));
        if (n < kChunkOverhead)
            throw Error(QCoreApplication::translate(
                            "cwb::EncryptedCopy",
                            "%1 is truncated: it ends at byte %2, before the end of the encrypted "
                            "data. Ask for the file again")
                            .arg(inPath)
                            .arg(offset + n));
        const bool first = result.chunks == 0;
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &secrets->state, plain.data(), &plainSize, &tag, cipher.data(), quint64(n),
                first ? reinterpret_cast<const unsigned char *>(headerBytes.constData()) : nullptr,
                first ? quint64(headerBytes.size()) : 0) != 0) {
            if (first)
                throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                        "cannot decrypt %1: the passphrase is "
                                                        "wrong, or the file was altered")
                                .arg(inPath));
            throw Error(QCoreApplication::translate(
                            "cwb::EncryptedCopy",
                            "cannot decrypt %1: the file was altered or damaged (chunk %2, bytes "
                            "%3 to %4, fails its check). Ask for the file again")
                            .arg(inPath)
                            .arg(result.chunks + 1)
                            .arg(offset)
                            .arg(offset + n - 1));
        }
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            final = true;
        else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                    "%1 is damaged: chunk %2 has an unknown tag %3")
                            .arg(inPath)
                            .arg(result.chunks + 1)
                            .arg(int(tag)));
        if (final && !in.atEnd())
            throw Error(QCoreApplication::translate(
                            "cwb::EncryptedCopy",
                            "%1 was altered: %2 bytes follow the end of the encrypted data")
                            .arg(inPath)
                            .arg(total - offset - n));
        writeAll(*out, plain.chars(), qint64(plainSize), outPath);
        offset += n;
        result.plainBytes += qint64(plainSize);
        ++result.chunks;
        report(job, offset, total, result.chunks);
        checkCancel(job);
    }
    finish(*out, outPath);
    try {
        result.schemaVersion = Workspace::probeSchemaVersion(out->fileName());
    } catch (const Error &error) {
        throw Error(QCoreApplication::translate("cwb::EncryptedCopy",
                                                "%1 decrypts, but not to a workspace: %2")
                        .arg(inPath, error.message()));
    }
    commit(std::move(out), target);
    report(job, offset, total, result.chunks, true);
    return result;
}

} // namespace cwb
