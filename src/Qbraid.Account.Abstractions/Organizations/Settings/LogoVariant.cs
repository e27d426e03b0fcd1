namespace Qbraid.Account.Organizations.Settings;

/// <summary>Which of the organization's two logos an upload replaces.</summary>
public enum LogoVariant
{
    /// <summary>The logo shown on light backgrounds (<c>variant=light</c>).</summary>
    Light,

    /// <summary>The logo shown on dark backgrounds (<c>variant=dark</c>).</summary>
    Dark,
}
