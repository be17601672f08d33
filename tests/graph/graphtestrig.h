#pragma once

#include "recordingnetworkaccessmanager.h"
#include "sandboxclient.h"
#include "sandboxtokensource.h"

#include "core/tenantprofile.h"
#include "graph/apiclient.h"
#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/retrypolicy.h"
#include "graph/securenetworkaccessmanager.h"

#include "sandbox/server/sandboxserver.h"

#include <QSignalSpy>

#include <chrono>
#include <memory>

// The whole pipeline against an in-process sandbox, wired the way the application wires it: a profile from
// the sandbox's start-up info, the secure network manager, a token source, ApiClient and GraphClient.
// Retry delays are milliseconds (Retry-After from the server is still honoured).
struct GraphTestRig
{
    explicit GraphTestRig(const SandboxOptions &options,
                          const RetryPolicy &policy = RetryPolicy(std::chrono::milliseconds(5),
                                                                  std::chrono::milliseconds(100), 8,
                                                                  std::chrono::milliseconds(120000)),
                          bool recording = false)
        : client(std::make_unique<SandboxClient>(options))
    {
        if (!client->isRunning())
            return;
        QString error;
        profile = TenantProfile::fromSandboxInfo(QStringLiteral("sandbox"), client->sandbox().info(), &error);
        if (recording)
            network = std::make_unique<RecordingNetworkAccessManager>(profile);
        else
            network = std::make_unique<SecureNetworkAccessManager>(profile);
        tokens = std::make_unique<SandboxTokenSource>(*client);
        api = std::make_unique<ApiClient>(network.get(), tokens.get(), policy);
        graph = std::make_unique<GraphClient>(api.get(), profile);
    }
    ~GraphTestRig()
    {
        graph.reset();
        api.reset();
    }

    RecordingNetworkAccessManager *recorder() const
    {
        return dynamic_cast<RecordingNetworkAccessManager *>(network.get());
    }
    bool ok() const { return client->isRunning() && profile.isValid(); }
    // The sandbox's injected faults, as --faults sets them ("" = none); false for a spec it does not take.
    bool setFaults(const QString &spec)
    {
        SandboxOptions options;
        QString error;
        if (!options.setFaults(spec, &error))
            return false;
        client->sandbox().server().setFaults(options.faults);
        return true;
    }

    // Waits for `job` (an ApiJob, ExchangeCommandJob, ...) to finish; false on timeout. The job stays alive.
    template <typename Job> static bool wait(Job *job, int timeoutMs = 60000)
    {
        if (job->isFinished())
            return true;
        QSignalSpy spy(job, &Job::finished);
        return spy.wait(timeoutMs);
    }

    std::unique_ptr<SandboxClient> client;
    TenantProfile profile;
    std::unique_ptr<SecureNetworkAccessManager> network;
    std::unique_ptr<SandboxTokenSource> tokens;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<GraphClient> graph;
};
