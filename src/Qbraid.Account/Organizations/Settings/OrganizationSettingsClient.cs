using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Organizations.Settings;

internal sealed class OrganizationSettingsClient : IOrganizationSettingsClient
{
    internal const decimal MaxSeatAssignmentCredits = 100_000m;

    private readonly WorkspaceContext _context;

    public OrganizationSettingsClient(WorkspaceContext context) => _context = context;

    private string OrgId => _context.OrganizationId;

    public Task<OrganizationSettings> GetAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.OrgSettings, OrgId), QbraidJsonContext.Default.OrganizationSettings, cancellationToken);

    public Task<OrganizationSettings> UpdateAsync(UpdateOrganizationSettingsRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var api = ApiRequest.Patch(Routes.OrgSettings, OrgId)
            .WithJson(request, QbraidJsonContext.Default.UpdateOrganizationSettingsRequest);
        return _context.SendAsync(api, QbraidJsonContext.Default.OrganizationSettings, cancellationToken);
    }

    public async Task<string> UploadLogoAsync(LogoVariant variant, Stream image, CancellationToken cancellationToken = default)
    {
        var variantValue = variant switch
        {
            LogoVariant.Light => "light",
            LogoVariant.Dark => "dark",
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "variant must be LogoVariant.Light or LogoVariant.Dark."),
        };
        var request = await ImageUpload.CreateAsync(
            ApiRequest.Put(Routes.OrgSettingsLogo, OrgId).WithQuery("variant", variantValue),
            image,
            ImageUpload.LogoMaxBytes,
            nameof(image),
            cancellationToken).ConfigureAwait(false);
        var logo = await _context.SendAsync(request, QbraidJsonContext.Default.OrganizationLogo, cancellationToken).ConfigureAwait(false);
        return logo.Url;
    }

    private static void Validate(UpdateOrganizationSettingsRequest request)
    {
        Guard.NotNull(request, nameof(request));
        if (!request.Name.HasValue && !request.Description.HasValue && !request.Website.HasValue
            && !request.Address.HasValue && !request.MemberDefaults.HasValue)
            throw new ArgumentException("request must set at least one field.", nameof(request));
        // The contract forbids clearing the name and the website.
        if (request.Name.HasValue) Guard.NotBlank(request.Name.Value, "request.Name");
        if (request.Website.HasValue)
        {
            Guard.NotBlank(request.Website.Value, "request.Website");
            Guard.HttpUrl(request.Website.Value, "request.Website");
        }
        if (request.MemberDefaults.HasValue) Validate(request.MemberDefaults.Value, "request.MemberDefaults");
    }

    private static void Validate(MemberDefaultsUpdate? defaults, string paramName)
    {
        Guard.NotNull(defaults, paramName);
        if (!defaults!.AutoAssignDefaultRole.HasValue && !defaults.DefaultRole.HasValue
            && !defaults.AutoAssignSeats.HasValue && !defaults.SeatAssignmentCredits.HasValue)
            throw new ArgumentException($"{paramName} must set at least one field (or leave {paramName} unset).", paramName);
        if (defaults.DefaultRole.HasValue)
        {
            var role = defaults.DefaultRole.Value;
            Guard.WireValue(role.Value, paramName + ".DefaultRole");
            // The owner is fixed at creation: it can't be a default.
            Guard.OneOf(role, paramName + ".DefaultRole", MemberRole.Member, MemberRole.Manager, MemberRole.Admin);
        }
        if (defaults.SeatAssignmentCredits.HasValue)
            Guard.InRange(defaults.SeatAssignmentCredits.Value, 0m, MaxSeatAssignmentCredits, paramName + ".SeatAssignmentCredits");
    }
}
