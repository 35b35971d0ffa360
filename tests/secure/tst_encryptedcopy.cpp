// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted copies of a workspace: the round trip on a real workspace, no plaintext in the
// file, and the refusals (wrong passphrase, altered, truncated, tampered header, foreign file),
// each leaving nothing behind, neither beside the output nor in the temporary folder.
#include "core/error.h"
#include "core/jobcontrol.h"
#include "secure/encryptedcopy.h"
#include "secure/passphrase.h"
#include "workspace/workspace.h"

#include "securefixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

#include <sodium.h>

using namespace cwb;
using namespace cwb::test;
namespace ec = cwb::encryptedcopy;

namespace {

const QString kPassphrase = QStringLiteral("长城 sunrise 2026 campaign");

// Argon2id at its cheapest, so the tests stay fast; the format records whatever was used.
ec::EncryptOptions fastOptions()
{
    ec::EncryptOptions options;
    options.kdf.opsLimit = 1;
    options.kdf.memLimit = 64 * 1024;
    return options;
}

// An encrypted copy of plain made from the format description alone (little-endian fields,
// the header as the first chunk's additional data, the last chunk tagged final).
QByteArray encryptAsDocumented(const QByteArray &plain, quint32 chunkSize)
{
    if (sodium_init() < 0)
        qFatal("libsodium");
    const QByteArray passphrase = kPassphrase.toUtf8();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, passphrase.constData(), quint64(passphrase.size()), salt, 2,
                      32 * 1024, crypto_pwhash_ALG_ARGON2ID13) != 0)
        qFatal("crypto_pwhash");
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key);
    QByteArray header("CWBX");
    auto append = [&header](auto value) {
        char bytes[sizeof value];
        qToLittleEndian(value, bytes);
        header.append(bytes, sizeof value);
    };
    append(quint16(1));
    header.append(char(2)).append(char(1));
    append(quint64(2));
    append(quint64(32 * 1024));
    append(chunkSize);
    header.append(reinterpret_cast<const char *>(salt), sizeof salt);
    header.append(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader);
    QByteArray file = header;
    for (qsizetype at = 0; at == 0 || at < plain.size(); at += chunkSize) {
        const QByteArray chunk = plain.mid(at, chunkSize);
        const bool last = at + chunkSize >= plain.size();
        QByteArray cipher(chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(chunk.constData()), quint64(chunk.size()),
            at == 0 ? reinterpret_cast<const unsigned char *>(header.constData()) : nullptr,
            at == 0 ? quint64(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        file += cipher;
    }
    return file;
}

} // namespace

class TestEncryptedCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_tmp;       // TMPDIR while the tests run: the private copies go here
    QString m_workspace; // a real workspace with customers
    QString m_copy;      // its encrypted copy (fast key parameters)
    QString m_name;      // a customer's name and phone number, known to be in the workspace
    QString m_phone;

    // A fresh, empty folder for one test's outputs.
    QString freshDir(const QString &name)
    {
        const QString path = m_root.filePath(name);
        QDir(path).removeRecursively();
        QDir().mkpath(path);
        return path;
    }

    // decryptCopy must throw an Error containing words and leave the folder out empty.
    void expectDecryptRefused(const QString &in, const QString &words,
                              const QString &passphrase = kPassphrase)
    {
        const QString out = freshDir(QStringLiteral("refused"));
        try {
            decryptCopy(in, QDir(out).filePath(QStringLiteral("w.cwb")),
                        Passphrase::fromString(passphrase));
            QFAIL("expected decryption to be refused");
        } catch (const Cancelled &) {
            QFAIL("unexpected cancel");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(words), qPrintable(error.message()));
        }
        QCOMPARE(entries(out), QStringList());
        QCOMPARE(entries(m_tmp), QStringList());
    }

    QString tampered(const QString &name, const std::function<void(QByteArray &)> &change)
    {
        QByteArray bytes = fileBytes(m_copy);
        change(bytes);
        const QString path = m_root.filePath(name);
        if (!writeBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_tmp = m_root.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_tmp));
        qputenv("TMPDIR", QFile::encodeName(m_tmp));
        QCOMPARE(QDir::tempPath(), QDir(m_tmp).canonicalPath());

        m_workspace = makeCustomerWorkspace(QDir(m_root.path()), 3000);
        auto workspace = Workspace::open(m_workspace, Workspace::Access::ReadOnly);
        {
            Statement first(workspace->db(), "SELECT name, contact1 FROM customers "
                                             "WHERE name IS NOT NULL AND contact1 IS NOT NULL "
                                             "ORDER BY rowid LIMIT 1");
            QVERIFY(first.step());
            m_name = first.text(0);
            m_phone = first.text(1);
        }
        QVERIFY(m_name.size() >= 2 && m_phone.size() >= 11);

        m_copy = m_root.filePath(QStringLiteral("customers.cwbx"));
        const ec::Result result = encryptCopy(
            *workspace, m_copy, Passphrase::fromString(kPassphrase), nullptr, fastOptions());
        QVERIFY2(result.chunks > 4, "the workspace should span several chunks");
        QCOMPARE(result.encryptedBytes, QFileInfo(m_copy).size());
        QCOMPARE(result.encryptedBytes,
                 ec::kHeaderSize + result.plainBytes + result.chunks * ec::kChunkOverhead);
        QCOMPARE(entries(m_tmp), QStringList());
    }

    void roundTripKeepsEveryTable()
    {
        const QString out = freshDir(QStringLiteral("roundtrip"));
        const QString decrypted = QDir(out).filePath(QStringLiteral("back.cwb"));
        const ec::Result result =
            decryptCopy(m_copy, decrypted, Passphrase::fromString(kPassphrase));
        QCOMPARE(result.schemaVersion, Workspace::kSchemaVersion);
        QCOMPARE(entries(out), QStringList{QStringLiteral("back.cwb")});
        const QMap<QString, QString> before = tableDigests(m_workspace);
        const QMap<QString, QString> after = tableDigests(decrypted);
        QVERIFY(before.contains(QStringLiteral("customers")));
        QVERIFY(before.value(QStringLiteral("customers")).startsWith(QStringLiteral("29")));
        QCOMPARE(after, before);
        auto workspace = Workspace::open(decrypted, Workspace::Access::ReadWrite);
        QCOMPARE(workspace->customerCount(),
                 Workspace::open(m_workspace, Workspace::Access::ReadOnly)->customerCount());
        QCOMPARE(entries(m_tmp), QStringList());
    }

    void fileHoldsNoPlaintext()
    {
        const QByteArray plain = fileBytes(m_workspace);
        QVERIFY(plain.contains(m_name.toUtf8())); // the test can fail: the names are there
        QVERIFY(plain.contains(m_phone.toUtf8()));
        const QByteArray encrypted = fileBytes(m_copy);
        QVERIFY(encrypted.startsWith("CWBX"));
        QVERIFY(!encrypted.contains(m_name.toUtf8()));
        QVERIFY(!encrypted.contains(m_phone.toUtf8()));
        QVERIFY(!encrypted.contains("SQLite format 3"));
        QVERIFY(!encrypted.contains("CREATE TABLE"));
        // The output is only the owner's to read, like the temporary copy was.
        QCOMPARE(QFile::permissions(m_copy) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void headerRecordsTheParameters()
    {
        const ec::Header header = ec::readHeader(m_copy);
        QCOMPARE(header.formatVersion, 1);
        QCOMPARE(header.kdf.opsLimit, quint64(1));
        QCOMPARE(header.kdf.memLimit, quint64(64 * 1024));
        QCOMPARE(header.chunkSize, quint32(ec::kDefaultChunkSize));
        QCOMPARE(header.salt.size(), ec::kSaltBytes);
        QVERIFY(ec::looksEncrypted(m_copy));
        QVERIFY(!ec::looksEncrypted(m_workspace));
    }

    // The default key parameters are recorded, and each copy gets its own salt.
    void defaultParametersAndFreshSalt()
    {
        const QString out = freshDir(QStringLiteral("defaults"));
        const QString path = QDir(out).filePath(QStringLiteral("d.cwbx"));
        auto workspace = Workspace::open(m_workspace, Workspace::Access::ReadOnly);
        encryptCopy(*workspace, path, Passphrase::fromString(kPassphrase));
        const ec::Header header = ec::readHeader(path);
        QCOMPARE(header.kdf.opsLimit, ec::KdfLimits().opsLimit);
        QCOMPARE(header.kdf.memLimit, quint64(256) << 20);
        QVERIFY(header.salt != ec::readHeader(m_copy).salt);
        QVERIFY(header.streamHeader != ec::readHeader(m_copy).streamHeader);
    }

    void wrongPassphrase()
    {
        expectDecryptRefused(m_copy, QStringLiteral("passphrase is wrong"),
                             QStringLiteral("长城 sunrise 2026 campaigN"));
    }

    void flippedByteInTheMiddle()
    {
        const QString path = tampered(QStringLiteral("flipped.cwbx"), [](QByteArray &bytes) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        });
        expectDecryptRefused(path, QStringLiteral("altered or damaged (chunk"));
    }

    void lastChunkDropped()
    {
        const QString path = tampered(QStringLiteral("short.cwbx"), [](QByteArray &bytes) {
            const qint64 full = ec::kDefaultChunkSize + ec::kChunkOverhead;
            qint64 last = (bytes.size() - ec::kHeaderSize) % full;
            if (last == 0)
                last = full;
            bytes.chop(last);
            QCOMPARE((bytes.size() - ec::kHeaderSize) % full, 0);
        });
        expectDecryptRefused(path, QStringLiteral("truncated"));
    }

    void cutInsideAChunk()
    {
        const QString path =
            tampered(QStringLiteral("cut.cwbx"), [](QByteArray &bytes) { bytes.chop(1000); });
        expectDecryptRefused(path, QStringLiteral("altered or damaged"));
    }

    void dataAfterTheEnd()
    {
        const QString path =
            tampered(QStringLiteral("longer.cwbx"), [](QByteArray &bytes) { bytes.append('x'); });
        expectDecryptRefused(path, QStringLiteral("altered"));
    }

    void keyParametersTampered()
    {
        // Another number of passes, still in range: another key, and the header is the first
        // chunk's additional data; either way the first chunk fails.
        const QString passes = tampered(QStringLiteral("passes.cwbx"), [](QByteArray &bytes) {
            qToLittleEndian<quint64>(2, bytes.data() + 8);
        });
        expectDecryptRefused(passes,
                             QStringLiteral("passphrase is wrong, or the file was altered"));
        // A byte of the salt.
        const QString salt = tampered(QStringLiteral("salt.cwbx"), [](QByteArray &bytes) {
            bytes[30] = char(bytes[30] ^ 0x80);
        });
        expectDecryptRefused(salt, QStringLiteral("file was altered"));
        // Memory out of range: refused before any key is derived.
        const QString memory = tampered(QStringLiteral("memory.cwbx"), [](QByteArray &bytes) {
            qToLittleEndian<quint64>(quint64(64) << 30, bytes.data() + 16);
        });
        expectDecryptRefused(memory, QStringLiteral("out of range"));
        const QString version = tampered(QStringLiteral("version.cwbx"), [](QByteArray &bytes) {
            qToLittleEndian<quint16>(2, bytes.data() + 4);
        });
        expectDecryptRefused(version, QStringLiteral("newer Campaign Workbench"));
        const QString cipher =
            tampered(QStringLiteral("cipher.cwbx"), [](QByteArray &bytes) { bytes[7] = 9; });
        expectDecryptRefused(cipher, QStringLiteral("damaged header"));
    }

    void notAnEncryptedCopy()
    {
        expectDecryptRefused(m_workspace, QStringLiteral("unencrypted SQLite file"));
        const QString text = m_root.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeBytes(text, "customer_id,name\nC1,Li\n"));
        expectDecryptRefused(text, QStringLiteral("not an encrypted copy"));
        const QString empty = m_root.filePath(QStringLiteral("empty.cwbx"));
        QVERIFY(writeBytes(empty, QByteArray()));
        expectDecryptRefused(empty, QStringLiteral("not an encrypted copy"));
        const QString header =
            tampered(QStringLiteral("header.cwbx"), [](QByteArray &bytes) { bytes.truncate(40); });
        expectDecryptRefused(header, QStringLiteral("truncated: its header has 40 of 68 bytes"));
        const QString bare = tampered(QStringLiteral("bare.cwbx"),
                                      [](QByteArray &bytes) { bytes.truncate(ec::kHeaderSize); });
        expectDecryptRefused(bare, QStringLiteral("truncated"));
        expectDecryptRefused(m_root.filePath(QStringLiteral("missing.cwbx")),
                             QStringLiteral("does not exist"));
    }

    // The format as docs/encrypted-copy.md describes it, written here with libsodium alone:
    // decryptCopy reads it, and refuses what decrypts to something other than a workspace.
    void documentedFormatWrittenIndependently()
    {
        const QString out = freshDir(QStringLiteral("independent"));
        const QString fromDocs = m_root.filePath(QStringLiteral("from-docs.cwbx"));
        QVERIFY(writeBytes(fromDocs, encryptAsDocumented(fileBytes(m_workspace), 5000)));
        const QString target = QDir(out).filePath(QStringLiteral("w.cwb"));
        decryptCopy(fromDocs, target, Passphrase::fromString(kPassphrase));
        QCOMPARE(fileBytes(target), fileBytes(m_workspace));
        QVERIFY(QFile::remove(target));

        const QString other = m_root.filePath(QStringLiteral("other.cwbx"));
        QVERIFY(writeBytes(other, encryptAsDocumented(QByteArray(20000, 'a'), 4096)));
        expectDecryptRefused(other, QStringLiteral("decrypts, but not to a workspace"));
    }

    void refusesToReplaceUnlessAsked()
    {
        const QString out = freshDir(QStringLiteral("replace"));
        const QString target = QDir(out).filePath(QStringLiteral("w.cwb"));
        QVERIFY(writeBytes(target, "keep me"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 decryptCopy(m_copy, target, Passphrase::fromString(kPassphrase)));
        QCOMPARE(fileBytes(target), QByteArray("keep me"));
        decryptCopy(m_copy, target, Passphrase::fromString(kPassphrase), nullptr, true);
        QCOMPARE(Workspace::probeSchemaVersion(target), Workspace::kSchemaVersion);
        QCOMPARE(entries(out), QStringList{QStringLiteral("w.cwb")});

        auto workspace = Workspace::open(m_workspace, Workspace::Access::ReadOnly);
        const QString copy = QDir(out).filePath(QStringLiteral("c.cwbx"));
        QVERIFY(writeBytes(copy, "old"));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 encryptCopy(*workspace, copy, Passphrase::fromString(kPassphrase),
                                             nullptr, fastOptions()));
        QCOMPARE(fileBytes(copy), QByteArray("old"));
        ec::EncryptOptions replace = fastOptions();
        replace.replace = true;
        encryptCopy(*workspace, copy, Passphrase::fromString(kPassphrase), nullptr, replace);
        QVERIFY(ec::looksEncrypted(copy));
        // Never onto the workspace itself, never onto the input.
        replace.replace = true;
        QVERIFY_THROWS_EXCEPTION(Error, encryptCopy(*workspace, m_workspace,
                                                    Passphrase::fromString(kPassphrase), nullptr,
                                                    replace));
        QVERIFY_THROWS_EXCEPTION(
            Error, decryptCopy(copy, copy, Passphrase::fromString(kPassphrase), nullptr, true));
        QVERIFY(ec::looksEncrypted(copy));
        QCOMPARE(entries(m_tmp), QStringList());
    }

    void passphraseRules()
    {
        auto workspace = Workspace::open(m_workspace, Workspace::Access::ReadOnly);
        const QString out = freshDir(QStringLiteral("rules"));
        const QString path = QDir(out).filePath(QStringLiteral("p.cwbx"));
        try {
            encryptCopy(*workspace, path, Passphrase::fromString(QStringLiteral("123456789")),
                        nullptr, fastOptions());
            QFAIL("a 9-character passphrase was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("at least 10")),
                     qPrintable(error.message()));
        }
        QCOMPARE(entries(out), QStringList());
        // Ten Chinese characters are ten characters; composed and decomposed accents match.
        const Passphrase chinese = Passphrase::fromString(QStringLiteral("春眠不觉晓处处闻啼鸟"));
        QCOMPARE(chinese.length(), 10);
        QCOMPARE(int(chinese.size()), 30);
        const QString composed = QStringLiteral("caf\u00e9 au lait s'il vous pla\u00eet");
        const QString decomposed = QStringLiteral("cafe\u0301 au lait s'il vous plai\u0302t");
        encryptCopy(*workspace, path, Passphrase::fromString(composed), nullptr, fastOptions());
        decryptCopy(path, QDir(out).filePath(QStringLiteral("p.cwb")),
                    Passphrase::fromString(decomposed));
        QVERIFY(Passphrase::fromString(composed).sameAs(Passphrase::fromString(decomposed)));
        QCOMPARE(Passphrase::fromString(QString::fromUtf8("\xF0\x9F\x94\x91")).length(), 1);
        // From a file or the environment: one line end dropped, bytes wiped, UTF-8 required.
        QByteArray line("secret words 123\r\n");
        QVERIFY(Passphrase::fromUtf8(line).sameAs(
            Passphrase::fromString(QStringLiteral("secret words 123"))));
        QVERIFY(line.isEmpty());
        QByteArray latin1("caf\xe9 caf\xe9 caf\xe9");
        QVERIFY_THROWS_EXCEPTION(Error, Passphrase::fromUtf8(latin1));
        QVERIFY_THROWS_EXCEPTION(Error, decryptCopy(m_copy, QDir(out).filePath("e.cwb"),
                                                    Passphrase::fromString(QString())));
    }

    // Cancel and errors in the middle of the work leave nothing: no part file beside the
    // output, no plain copy in the temporary folder.
    void nothingLeftOnCancelOrError()
    {
        auto workspace = Workspace::open(m_workspace, Workspace::Access::ReadOnly);
        const QString out = freshDir(QStringLiteral("cancel"));
        const QString path = QDir(out).filePath(QStringLiteral("x.cwbx"));
        for (const bool cancel : {true, false}) {
            JobControl job;
            job.intervalMs = 0;
            bool sawPlainCopy = false;
            job.onProgress = [&](const Progress &progress) {
                if (progress.bytesDone == 0)
                    return;
                sawPlainCopy = !entries(m_tmp).isEmpty();
                if (progress.bytesDone > 2 * ec::kDefaultChunkSize) {
                    if (cancel)
                        job.requestCancel();
                    else
                        throw Error(QStringLiteral("disk full (simulated)"));
                }
            };
            try {
                encryptCopy(*workspace, path, Passphrase::fromString(kPassphrase), &job,
                            fastOptions());
                QFAIL("expected the encryption to stop");
            } catch (const Cancelled &) {
                QVERIFY(cancel);
            } catch (const Error &error) {
                QVERIFY(!cancel);
                QCOMPARE(error.message(), QStringLiteral("disk full (simulated)"));
            }
            QVERIFY2(sawPlainCopy, "the plain copy should exist while encrypting");
            QCOMPARE(entries(out), QStringList());
            QCOMPARE(entries(m_tmp), QStringList());
        }
        for (const bool cancel : {true, false}) {
            JobControl job;
            job.intervalMs = 0;
            // (The part file may have no name yet: Qt creates unnamed temporary files where
            // the system can, named only when they are committed.)
            job.onProgress = [&](const Progress &progress) {
                if (progress.bytesDone > 2 * ec::kDefaultChunkSize) {
                    if (cancel)
                        job.requestCancel();
                    else
                        throw Error(QStringLiteral("disk full (simulated)"));
                }
            };
            QVERIFY_THROWS_EXCEPTION(Error, decryptCopy(m_copy,
                                                        QDir(out).filePath(QStringLiteral("x.cwb")),
                                                        Passphrase::fromString(kPassphrase), &job));
            QCOMPARE(entries(out), QStringList());
        }
        // A missing output folder is refused before anything is copied.
        QVERIFY_THROWS_EXCEPTION(
            Error, encryptCopy(*workspace, m_root.filePath(QStringLiteral("no/such/x.cwbx")),
                               Passphrase::fromString(kPassphrase), nullptr, fastOptions()));
        QCOMPARE(entries(m_tmp), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestEncryptedCopy)
#include "tst_encryptedcopy.moc"
