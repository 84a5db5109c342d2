#pragma once

#include "CliContext.h"

#include <QStringList>

namespace fleet::cli {

// One function per sub-command, each in its own <Name>Command.cpp. `args` starts with the command's name,
// so a command can hand it to its own QCommandLineParser (parseCommand), which applies the common options to
// the command's own copy of the context.
using CommandFunction = int (*)(CliContext context, const QStringList &args);

struct Command
{
    const char *name;
    const char *synopsis;
    CommandFunction run;
};

// The table lives in main.cpp; add one line per command there.
int runTrust(CliContext, const QStringList &);
int runAgent(CliContext, const QStringList &);
int runHistory(CliContext, const QStringList &);
int runScan(CliContext, const QStringList &);
int runNodes(CliContext, const QStringList &);
int runPush(CliContext, const QStringList &);
int runBuild(CliContext, const QStringList &);
int runImages(CliContext, const QStringList &);
int runStore(CliContext, const QStringList &);
int runStores(CliContext, const QStringList &);
int runPrune(CliContext, const QStringList &);
int runContainers(CliContext, const QStringList &);
int runProbe(CliContext, const QStringList &);
int runContainerAction(CliContext, const QStringList &); // stop, start, restart, rm (args.first())
int runLogs(CliContext, const QStringList &);
int runInventory(CliContext, const QStringList &);
int runSync(CliContext, const QStringList &);
int runGroups(CliContext, const QStringList &);
int runGroup(CliContext, const QStringList &);
// SIF images: a table of subcommands in SifCommand.cpp (inspect, verify, …)
int runSif(CliContext, const QStringList &);
// the registry's subcommands (SifRegistryCommand.cpp)
int runSifScan(CliContext, const QStringList &);
int runSifList(CliContext, const QStringList &);
int runSifValidate(CliContext, const QStringList &);
int runSifSync(CliContext, const QStringList &);
int runSifCache(CliContext, const QStringList &);

} // namespace fleet::cli
