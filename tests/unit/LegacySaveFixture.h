#pragma once

#include <QByteArray>
#include <QStringList>

namespace fleet::test {

// Docker 20.10.24 `docker save` of a five-layer image (fleetlab image --layers 3): its diff IDs, and the
// legacy directory of each layer (manifest.json order) with the json file Docker wrote there.
inline const QStringList kDiffIds = {
    QStringLiteral("sha256:1b96a08bf4847372cfc994becd925ccec1e5484c95f28a6235f49b10be734880"),
    QStringLiteral("sha256:16d7fd9f34cd93348d1bc05b729064367536f3f2fad3a2f467474b01931a3145"),
    QStringLiteral("sha256:0bc80d3194a57be50eb2e62bd07888c2ddfdf4b685dad3eb533d4a2c69a0ea2f"),
    QStringLiteral("sha256:96e444b025671838a6f41a5df27b086d5a2be65ef5b8d0fedf6a211e7581a4e8"),
    QStringLiteral("sha256:eb11cd9ce5fddb16eb84bfa7e153cb606a03f0fc3cf8ccb28440daadca6e4cbd"),
};
inline const QStringList kDirs = {
    QStringLiteral("b2cfd3426ccbec7d0fb8a0e023fa5639dadafc72584b015cc8724614ce3c66f3"),
    QStringLiteral("7b3e667e3a6d9c3236265b9349c47fb8600f00d3fe494b2ed4c216ad06b49e61"),
    QStringLiteral("9647c480b6463bb898d487f09919a31c1323aa41b45c71f1b97c7f1f4716229d"),
    QStringLiteral("56dfb172cac454d00a743df8a675cd087ddb33f772a42c71ff37bc7583218e1a"),
    QStringLiteral("7d682a2f93dd7ee1c1516f9bcab0bc63580620f1c1f6663d5e184649b95ebf7d"),
};
inline const QByteArray kJson[] = {
    QByteArrayLiteral(R"json({"id":"b2cfd3426ccbec7d0fb8a0e023fa5639dadafc72584b015cc8724614ce3c66f3","created":"1970-01-01T00:00:00Z","container_config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},"os":"linux"})json"),
    QByteArrayLiteral(R"json({"id":"7b3e667e3a6d9c3236265b9349c47fb8600f00d3fe494b2ed4c216ad06b49e61","parent":"b2cfd3426ccbec7d0fb8a0e023fa5639dadafc72584b015cc8724614ce3c66f3","created":"1970-01-01T00:00:00Z","container_config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},"os":"linux"})json"),
    QByteArrayLiteral(R"json({"id":"9647c480b6463bb898d487f09919a31c1323aa41b45c71f1b97c7f1f4716229d","parent":"7b3e667e3a6d9c3236265b9349c47fb8600f00d3fe494b2ed4c216ad06b49e61","created":"1970-01-01T00:00:00Z","container_config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},"os":"linux"})json"),
    QByteArrayLiteral(R"json({"id":"56dfb172cac454d00a743df8a675cd087ddb33f772a42c71ff37bc7583218e1a","parent":"9647c480b6463bb898d487f09919a31c1323aa41b45c71f1b97c7f1f4716229d","created":"1970-01-01T00:00:00Z","container_config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},"os":"linux"})json"),
    QByteArrayLiteral(R"json({"id":"7d682a2f93dd7ee1c1516f9bcab0bc63580620f1c1f6663d5e184649b95ebf7d","parent":"56dfb172cac454d00a743df8a675cd087ddb33f772a42c71ff37bc7583218e1a","created":"2026-12-01T17:03:41.702905042Z","container":"d101365f85796ab38bac7bc6babe91da1e83f8bd60f3e8bef7767c30bed09a58","container_config":{"Hostname":"d101365f8579","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/bin/sh","-c","#(nop) ","CMD [\"/bin/sh\" \"-c\" \"sleep 3600\"]"],"Image":"sha256:368e4a3949e2eaa175f1ed47f1dcfa363c36ca34e0db9a24fd35dcdbe796fd04","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":{"fleetlab":"1"}},"docker_version":"20.10.24+dfsg1","config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/bin/sh","-c","sleep 3600"],"Image":"sha256:368e4a3949e2eaa175f1ed47f1dcfa363c36ca34e0db9a24fd35dcdbe796fd04","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":{"fleetlab":"1"}},"architecture":"amd64","os":"linux"})json"),
};

} // namespace fleet::test
