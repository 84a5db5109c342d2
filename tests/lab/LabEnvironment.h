#pragma once

#include "ssh/SshOptions.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fleet::test {

// What `fleetlab up` wrote to $FLEETLAB_DIR/lab.env: where the lab's nodes, keys and daemons are.
struct LabEnvironment
{
    QString dir;
    QString dockerHost; // the workstation daemon, unix://…
    QStringList nodes;  // 127.0.77.11 …
    QStringList nodeSockets;
    QString identity;
    QString knownHosts;
    QString user;
    QStringList nodeKinds; // per node: docker, podman, sudo, group, user, bare (fleetlab up --kinds)
    QStringList nodeUsers; // per node: its login user

    // Reads the lab of $FLEETLAB_DIR (default /tmp/fleetlab); empty `dir` if no lab is up.
    static LabEnvironment load();
    bool isUp() const { return !dir.isEmpty() && !nodes.isEmpty(); }

    SshTarget target(int index) const { return SshTarget{nodes.value(index), 22, nodeUsers.value(index, user)}; }
    QString kind(int index) const { return nodeKinds.value(index, QStringLiteral("docker")); }
    // The first node of KIND, or -1.
    int indexOfKind(const QString &kind) const;
    SshOptions sshOptions() const;
    // Runs the lab script (`fleetlab ARGS --dir DIR`); returns its exit status and output for messages.
    int lab(const QStringList &args, QString *output = nullptr) const;
    static QString labScript();
};

} // namespace fleet::test

// Fails the test (never skips) when the lab is missing: integration tests that cannot run must say so.
#define FLEET_REQUIRE_LAB(env)                                                                                     \
    do {                                                                                                           \
        if (!(env).isUp())                                                                                         \
            QFAIL("the fleet lab is not up: run tests/lab/fleetlab up (scripts/test does it for you)");           \
    } while (false)
