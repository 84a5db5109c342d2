#include "FuzzTargetSources.h"

#include "discovery/SshConfigSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace fleet;

// ~/.ssh/config (and what it includes). Relative Includes resolve in a scratch directory holding two small
// files, so the include path is explored without depending on the machine's own files.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir base;
    static const bool prepared = [] {
        for (const auto &[name, text] : {std::pair{"a.conf", "Host inc-a\n  HostName 127.0.0.5\n  Port 2222\n"},
                                         std::pair{"b.conf", "Host inc-b *.lab\n  User root\n  Include a.conf\n"}}) {
            QFile file(base.filePath(QString::fromLatin1(name)));
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(text);
        }
        return true;
    }();
    FLEET_FUZZ_ASSERT(prepared);
    const SourceReport report = SshConfigSource::parse(fuzz::bytes(data, size), QStringLiteral("ssh_config"),
                                                       base.path());
    // Each Host line may name many aliases, and included files add theirs.
    fuzz::checkReport(report, size, 4);
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const qsizetype split = text.indexOf(QLatin1Char('\n'));
    if (split > 0)
        (void)SshConfigSource::globMatch(text.left(split), text.mid(split + 1, 256));
    return 0;
}
