using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qbraid.Account.Usage;

/// <summary>
/// The AI quota (<c>GET /ai/quota</c>). qBraid documents only <see cref="Plan"/>; every other field
/// the server sends is kept, as raw JSON, in <see cref="AdditionalData"/>.
/// </summary>
public sealed record AiQuota
{
    /// <summary>The plan the quota comes from, e.g. <c>free</c>, <c>standard</c> or <c>pro</c>.</summary>
    public string? Plan { get; init; }

    /// <summary>The undocumented fields, by their wire names, e.g. <c>AdditionalData["remaining"].GetInt32()</c>; empty when there are none.</summary>
    // Settable, unlike the other models' init-only properties: the JSON source generator can fill an
    // extension-data property only through a setter (init: dotnet/runtime#107898; get-only: ignored).
    [JsonExtensionData]
    public Dictionary<string, JsonElement> AdditionalData { get; set; } = new(StringComparer.Ordinal);
}
