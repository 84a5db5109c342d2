#pragma once

#include "CliContext.h"

#include <QStringList>

namespace fleet::cli {

// One function per sub-command, each in its own <Name>Command.cpp. `args` starts with the command's name,
// so a command can hand it to its own QCommandLineParser.
using CommandFunction = int (*)(const CliContext &, const QStringList &args);

struct Command
{
    const char *name;
    const char *synopsis;
    CommandFunction run;
};

// The table lives in main.cpp; add one line per command there.
int runTrust(const CliContext &, const QStringList &);
int runAgent(const CliContext &, const QStringList &);
int runHistory(const CliContext &, const QStringList &);
int runScan(const CliContext &, const QStringList &);
int runNodes(const CliContext &, const QStringList &);
int runPush(const CliContext &, const QStringList &);
int runBuild(const CliContext &, const QStringList &);
int runImages(const CliContext &, const QStringList &);
int runStore(const CliContext &, const QStringList &);

} // namespace fleet::cli
