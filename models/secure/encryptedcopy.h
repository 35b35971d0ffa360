// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace cwb {

class JobControl;
class Passphrase;
class Workspace;

// An encrypted copy of a workspace (.cwbx) to carry on a laptop or send by e-mail: the key is
// derived from a passphrase with Argon2id (libsodium's crypto_pwhash), the data are encrypted
// in chunks with libsodium's secretstream (XChaCha20-Poly1305), the last chunk tagged final so
// that a truncated file is detected. The format is described in docs/encrypted-copy.md.
namespace encryptedcopy {

constexpr char kMagic[4] = {'C', 'W', 'B', 'X'};
constexpr int kFormatVersion = 1;
constexpr int kKdfArgon2id13 = 2; // crypto_pwhash_ALG_ARGON2ID13
constexpr int kCipherSecretstreamXChaCha20Poly1305 = 1;
constexpr int kSaltBytes = 16;         // crypto_pwhash_SALTBYTES
constexpr int kStreamHeaderBytes = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
constexpr int kChunkOverhead = 17;     // crypto_secretstream_xchacha20poly1305_ABYTES
constexpr int kHeaderSize = 4 + 2 + 1 + 1 + 8 + 8 + 4 + kSaltBytes + kStreamHeaderBytes; // 68
constexpr int kDefaultChunkSize = 64 * 1024;
constexpr char kSuffix[] = "cwbx";

// Argon2id's cost: passes over memLimit bytes. The default, libsodium's MODERATE memory
// (256 MiB) with six passes instead of three, takes about one second on a 2020s laptop core.
struct KdfLimits
{
    quint64 opsLimit = 6;
    quint64 memLimit = quint64(256) << 20;
};

// What decryption accepts from a header (a damaged or hostile header cannot make it allocate
// more than 1 GiB or spend minutes); encryption refuses limits outside them too.
constexpr quint64 kMinOpsLimit = 1; // crypto_pwhash_OPSLIMIT_MIN
constexpr quint64 kMaxOpsLimit = 32;
constexpr quint64 kMinMemLimit = 8192; // crypto_pwhash_MEMLIMIT_MIN
constexpr quint64 kMaxMemLimit = quint64(1) << 30;
constexpr quint32 kMinChunkSize = 1024;
constexpr quint32 kMaxChunkSize = 16u << 20;

// The header of an encrypted copy, as read from the file.
struct Header
{
    int formatVersion = kFormatVersion;
    KdfLimits kdf;
    quint32 chunkSize = kDefaultChunkSize;
    QByteArray salt;         // kSaltBytes
    QByteArray streamHeader; // kStreamHeaderBytes
};

// Reads and checks the header of path (magic, format version, algorithms, parameters in range)
// without the passphrase. Throws cwb::Error saying what is wrong.
Header readHeader(const QString &path);

// True when path starts with the magic "CWBX" (the file may still be damaged).
bool looksEncrypted(const QString &path);

struct EncryptOptions
{
    KdfLimits kdf;
    bool replace = false; // replace an existing outPath instead of refusing
};

struct Result
{
    qint64 plainBytes = 0;     // the workspace copy
    qint64 encryptedBytes = 0; // the .cwbx file
    int chunks = 0;
    int schemaVersion = 0; // of the workspace (decryptCopy: of the decrypted one)
};

} // namespace encryptedcopy

// Writes an encrypted copy of workspace (opened read-only is enough) to outPath: a consistent
// copy (Workspace::saveCopy) into a private temporary folder, removed afterwards whatever
// happens, then encrypted into a temporary file beside outPath that replaces it only when
// complete. The passphrase needs Passphrase::kMinLength characters. Throws cwb::Error, or
// cwb::Cancelled when job asks to stop; nothing is left behind either way.
encryptedcopy::Result encryptCopy(Workspace &workspace, const QString &outPath,
                                  const Passphrase &passphrase, JobControl *job = nullptr,
                                  const encryptedcopy::EncryptOptions &options = {});

// Decrypts the encrypted copy inPath to the workspace outPath: checks the header, derives the
// key, checks every chunk and that the data end with the final chunk, checks that the result
// opens as a workspace, then moves it into place (replacing outPath only when replace is set).
// A wrong passphrase, an altered, truncated or foreign file: a cwb::Error, nothing written.
encryptedcopy::Result decryptCopy(const QString &inPath, const QString &outPath,
                                  const Passphrase &passphrase, JobControl *job = nullptr,
                                  bool replace = false);

} // namespace cwb
