# Image stores (folder, S3, registry): included from core/images/sources.cmake.
list(APPEND FLEETCORE_SOURCES
    images/stores/StoreError.h
    images/stores/StoredArchive.h images/stores/StoredArchive.cpp
    images/stores/StoreLocation.h images/stores/StoreLocation.cpp
    images/stores/StoreCredentials.h images/stores/StoreCredentials.cpp
    images/stores/ImageStore.h images/stores/ImageStore.cpp
    images/stores/Sha256.h images/stores/Sha256.cpp
    images/stores/VerifyingReader.h images/stores/VerifyingReader.cpp
    images/stores/ArchiveStream.h images/stores/ArchiveStream.cpp
    images/stores/FolderStore.h images/stores/FolderStore.cpp
    images/stores/S3Protocol.h images/stores/S3Protocol.cpp
    images/stores/S3Presign.h images/stores/S3Presign.cpp
    images/stores/S3ListParser.h images/stores/S3ListParser.cpp
    images/stores/S3Client.h images/stores/S3Client.cpp
    images/stores/S3Upload.h images/stores/S3Upload.cpp
    images/stores/S3Store.h images/stores/S3Store.cpp
    images/stores/RegistryClient.h images/stores/RegistryClient.cpp
    images/stores/RegistryStore.h images/stores/RegistryStore.cpp
    images/stores/StoreFactory.h images/stores/StoreFactory.cpp)
