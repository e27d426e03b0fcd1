using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Organizations.Settings;

/// <summary>
/// The organization's settings (organization workspace only): general details, member defaults
/// and logos. Changing them needs the admin role.
/// </summary>
public interface IOrganizationSettingsClient
{
    /// <summary>The current settings.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<OrganizationSettings> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes the fields set in <paramref name="request"/>; the others stay as they are.</summary>
    /// <param name="request">At least one field. Name and website can't be cleared; website must be an absolute http(s) URL; default role member, manager or admin; seat-assignment credits 0 to 100,000.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings after the change.</returns>
    /// <exception cref="ArgumentException">Nothing set, or a field breaks one of the rules above.</exception>
    Task<OrganizationSettings> UpdateAsync(UpdateOrganizationSettingsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces one of the organization's logos.</summary>
    /// <param name="variant">The light- or dark-background logo.</param>
    /// <param name="image">A PNG, JPEG or WEBP image of at most 200 KB (checked by its first bytes, before anything is sent); read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels reading and the request.</param>
    /// <returns>The new logo's URL.</returns>
    /// <exception cref="ArgumentException">The image is larger than 200 KB, empty, or not PNG, JPEG or WEBP.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variant"/> is not a defined value.</exception>
    Task<string> UploadLogoAsync(LogoVariant variant, Stream image, CancellationToken cancellationToken = default);
}
