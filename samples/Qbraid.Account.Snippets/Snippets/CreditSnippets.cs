using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Snippets.Snippets;

internal static class CreditSnippets
{
    public static async Task PoolAndTransfers(IQbraidAccountClient client, string organizationId, string memberId)
    {
        // begin-snippet: credits-pool
        IOrganizationCreditsClient credits = client.Organization(organizationId).Credits;

        OrganizationCreditBalance pool = await credits.GetBalanceAsync();
        Console.WriteLine($"pool: {pool.Balance} credits");

        // Buy into the pool (a Stripe checkout; credits land when it is paid).
        CheckoutSession checkout = await credits.CreateCheckoutAsync(new CreditCheckoutRequest(amountUsd: 100m));
        Console.WriteLine($"pay at {checkout.CheckoutUrl}");
        // end-snippet

        // begin-snippet: credits-transfer
        // From the pool to members: some of them, or every active member. The total must fit in the pool (else 409).
        CreditTransfer transfer = await credits.TransferAsync(
            TransferCreditsRequest.ToMembers([memberId], amountPerMember: 150m, message: "For the workshop"));
        Console.WriteLine($"moved {transfer.Total} credits to {transfer.Recipients.Count} members");

        await credits.TransferAsync(TransferCreditsRequest.ToAllMembers(amountPerMember: 25m));
        // end-snippet
    }

    public static async Task Requests(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: credits-requests
        IOrganizationCreditsClient credits = client.Organization(organizationId).Credits;

        await foreach (CreditRequest request in credits.ListRequestsAsync(new CreditRequestListOptions { Status = CreditRequestStatus.Pending }))
        {
            Console.WriteLine($"{request.RequestedBy?.Name} asks for {request.Amount}: {request.Reason}");
            CreditRequest decided = request.Amount <= 500m
                ? await credits.ApproveRequestAsync(request.Id, amount: request.Amount, note: "Enjoy")
                : await credits.DenyRequestAsync(request.Id, note: "Too much for one run");
            Console.WriteLine($"  {decided.Status}");
        }
        // end-snippet
    }
}
