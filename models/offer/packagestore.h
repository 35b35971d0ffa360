// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offer/package.h"

#include <QList>

namespace cwb {

class Workspace;

// The workspace's package catalog (table `packages`, one JSON definition per package, kept in
// the order the user gave). Every change validates first and runs in one transaction: a bad
// package or a clashing name changes nothing. Names are unique without regard to case.
class PackageStore
{
public:
    explicit PackageStore(Workspace &workspace);

    QList<Package> list();              // in catalog order
    bool contains(const QString &name); // case-insensitive
    Package get(const QString &name);   // throws cwb::Error when there is no such package
    void add(const Package &package);   // appended at the end; refuses an existing name
    // Replaces the package called `name` (the new definition may rename it, if the new name is
    // free); keeps its position.
    void update(const QString &name, const Package &package);
    void remove(const QString &name); // throws when there is no such package
    // Puts the catalog in exactly this state (the GUI's undo uses it): every package valid,
    // names unique.
    void replaceAll(const QList<Package> &packages);
    // Adds every package of a catalog file. Names already in the catalog are refused unless
    // replaceExisting is set (they are then updated in place). All or nothing. Returns the
    // number of packages read.
    int importFile(const QString &path, bool replaceExisting);
    void exportFile(const QString &path);

private:
    Workspace &m_workspace;
};

} // namespace cwb
