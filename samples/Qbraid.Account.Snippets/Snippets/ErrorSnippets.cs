using Qbraid.Account.Organizations.Credits;

namespace Qbraid.Account.Snippets.Snippets;

internal static class ErrorSnippets
{
    public static async Task Handling(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: errors-handling
        IOrganizationWorkspace lab = client.Organization(organizationId);
        try
        {
            await lab.Credits.TransferAsync(TransferCreditsRequest.ToAllMembers(amountPerMember: 1_000_000m));
        }
        catch (QbraidConflictException e)                    // 409: here, the pool is too small
        {
            Console.WriteLine($"{e.Message} (code {e.ErrorCode}, qBraid request {e.RequestId})");
        }
        catch (QbraidRateLimitException e)                   // 429 after the SDK's own waiting
        {
            Console.WriteLine($"Slow down: try again in {e.RetryAfter}");
        }
        catch (QbraidValidationException e)                  // 400/422
        {
            foreach (var (field, messages) in e.FieldErrors)
                Console.WriteLine($"{field}: {string.Join("; ", messages)}");
        }
        catch (QbraidApiException e)                         // any other status
        {
            Console.WriteLine($"qBraid answered {e.StatusCode}: {e.Message}");
        }
        catch (QbraidTransportException e)                   // no answer after the retries
        {
            Console.WriteLine(e.IsTimeout ? "qBraid timed out" : $"qBraid unreachable: {e.Message}");
        }
        // end-snippet
    }

    public static async Task Idempotency(IQbraidAccountClient client, string organizationId, string memberId)
    {
        // begin-snippet: errors-idempotency
        // The SDK sends a fresh Idempotency-Key with every call that creates something or moves
        // credits, and reuses it on its own retries. Pass your own to make a retry after a crash or
        // a redeploy safe too: the server answers with the first result, and nothing moves twice.
        var request = TransferCreditsRequest.ToMembers([memberId], amountPerMember: 50m);
        string key = "workshop-2026-11-credits";

        CreditTransfer first = await client.Organization(organizationId).Credits.TransferAsync(request, idempotencyKey: key);
        CreditTransfer again = await client.Organization(organizationId).Credits.TransferAsync(request, idempotencyKey: key);
        Console.WriteLine(first.Id == again.Id); // True: one transfer
        // end-snippet
        Check.That(first.Id == again.Id, "the replay made a second transfer");
    }

    public static QbraidAccountOptions Retries()
    {
        // begin-snippet: errors-retries
        var options = new QbraidAccountOptions
        {
            Retry =
            {
                MaxRetries = 5,                                // after the first attempt; 0 turns retries off
                BaseDelay = TimeSpan.FromSeconds(2),           // exponential back-off with jitter
                MaxRetryAfter = TimeSpan.FromSeconds(60),      // longer Retry-After: fail at once instead
                AttemptTimeout = TimeSpan.FromSeconds(20),
                TotalTimeout = TimeSpan.FromMinutes(3),        // everything, waits included
            },
            // Queue calls client-side to stay within 1,000 requests per 15 minutes per key.
            RateLimit = { Enabled = true },
        };
        // end-snippet
        return options;
    }
}
