#include "FuzzSupport.h"

#include "images/RequirementsFile.h"

using namespace fleet;

// requirements.txt of a build definition.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<DefinitionProblem> problems;
    const QStringList requirements = RequirementsFile::check(fuzz::bytes(data, size), &problems);
    FLEET_FUZZ_ASSERT(requirements.size() <= qsizetype(size));
    for (const DefinitionProblem &problem : problems)
        FLEET_FUZZ_ASSERT(problem.line >= 0);
    return 0;
}
