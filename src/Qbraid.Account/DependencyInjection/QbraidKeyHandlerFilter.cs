using System;
using Microsoft.Extensions.Http;
using Qbraid.Account.Http;

namespace Qbraid.Account;

/// <summary>
/// Wraps the SDK's named client's connection handler in <see cref="QbraidKeyHandler"/> after every
/// configuration action ran, so it stays the last handler even when the host replaces the primary
/// handler, and sits below HttpClientFactory's logging handlers (added by an earlier filter).
/// </summary>
internal sealed class QbraidKeyHandlerFilter : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
        => builder =>
        {
            next(builder);
            if (string.Equals(builder.Name, QbraidAccountServiceCollectionExtensions.HttpClientName, StringComparison.Ordinal))
                builder.PrimaryHandler = new QbraidKeyHandler(builder.PrimaryHandler);
        };
}
