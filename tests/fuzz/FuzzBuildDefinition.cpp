#include "FuzzSupport.h"

#include "images/BuildDefinition.h"

#include <QFile>
#include <QTemporaryDir>

using namespace fleet;

// A whole definition folder as BuildDefinition::load reads it: the input is image.json, requirements.txt and
// the Dockerfile separated by an ASCII record separator (0x1e); a missing part: that file is absent.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initQt();
    static QTemporaryDir dir(QStringLiteral("/dev/shm/fleet-fuzz-definition-XXXXXX"));
    FLEET_FUZZ_ASSERT(dir.isValid());
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\x1e'); // RS, not in a normal file
    const char *names[] = {"image.json", "requirements.txt", "Dockerfile"};
    for (int i = 0; i < 3; ++i) {
        const QString path = dir.filePath(QString::fromLatin1(names[i]));
        QFile::remove(path);
        if (i < parts.size()) {
            QFile file(path);
            FLEET_FUZZ_ASSERT(file.open(QIODevice::WriteOnly));
            file.write(parts.at(i));
        }
    }
    const BuildDefinition definition = BuildDefinition::load(dir.path());
    FLEET_FUZZ_ASSERT(definition.isValid() == definition.problems().isEmpty());
    if (!definition.isValid())
        FLEET_FUZZ_ASSERT(!definition.problemsText().isEmpty());
    (void)definition.label();
    (void)definition.reference();
    (void)definition.reference(QStringLiteral("1.2.3"));
    return 0;
}
