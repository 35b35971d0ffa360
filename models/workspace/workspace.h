// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/database.h"

#include <QString>
#include <memory>

namespace cwb {

// One planning workspace: a single SQLite file (.cwb) the user can copy and back up. It carries
// an application id and a schema version; older files are migrated forward, newer ones and files
// that are not workspaces are refused without being touched.
class WorkspaceLock;

class Workspace
{
public:
    ~Workspace();
    static constexpr int kSchemaVersion = 7;
    static constexpr quint32 kApplicationId = 0x43574231; // "CWB1"

    enum class Access
    {
        ReadOnly,
        ReadWrite
    };

    // Opens an existing workspace (migrating it when Access::ReadWrite and older). Writing needs
    // the workspace's lock (WorkspaceLock): ReadWrite takes it or throws cwb::Error of kind
    // Locked naming the process that holds it. ReadOnly reads the last committed state, also
    // while another process writes.
    static std::unique_ptr<Workspace> open(const QString &path, Access access = Access::ReadWrite);
    // Creates a new workspace (and takes its lock); refuses to overwrite an existing non-empty
    // file.
    static std::unique_ptr<Workspace> create(const QString &path);
    // open() if the file exists, else create().
    static std::unique_ptr<Workspace> openOrCreate(const QString &path);

    // Reads the schema version of a file without opening it for writing; throws cwb::Error with
    // the reason when the file is not a workspace.
    static int probeSchemaVersion(const QString &path);

    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    int schemaVersion();

    // A counter raised by every change of the customer data (import); results computed on the
    // data (segments, audits) record it to know when they are stale.
    qint64 dataVersion();
    void bumpDataVersion(); // call inside the transaction that changes the data

    bool hasCustomers();
    qint64 customerCount();

    // Writes a consistent copy of the workspace to path (VACUUM INTO: compacted, never half a
    // transaction). Refuses to overwrite an existing file.
    void saveCopy(const QString &path);

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

private:
    Workspace(const QString &path, std::shared_ptr<WorkspaceLock> lock,
              std::unique_ptr<Database> db);
    void migrate(int from);

    QString m_path;
    std::shared_ptr<WorkspaceLock> m_lock; // declared first: released after the connection closes
    std::unique_ptr<Database> m_db;
};

} // namespace cwb
