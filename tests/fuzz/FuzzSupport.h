#pragma once

// Shared by the libFuzzer targets: each defines LLVMFuzzerTestOneInput and checks, besides "no crash, no
// sanitizer report", properties that must hold for every input (a parser's output is bounded and consistent).

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fleet::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken property is a finding: print it and abort, so libFuzzer saves the input as a crash.
#define FLEET_FUZZ_ASSERT(condition)                                                                               \
    do {                                                                                                           \
        if (!(condition)) {                                                                                        \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                \
            std::abort();                                                                                          \
        }                                                                                                          \
    } while (false)

// Some Qt classes want an application object; the parsers' warnings are noise at millions of inputs a minute.
inline void initQt()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
                std::abort();
            }
        });
        return new QCoreApplication(argc, argv);
    }();
    Q_UNUSED(app);
}

} // namespace fleet::fuzz
