using System;
using System.Collections.Generic;

namespace Qbraid.Account;

/// <summary>
/// A PATCH field that is either left as it is on the server (the default) or set to a value,
/// which may be <see langword="null"/> where the field can be cleared. Assign a value directly:
/// <c>new UpdateProfileRequest { FirstName = "Ada" }</c>; a field you do not assign is not sent.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T _value;

    /// <summary>A field set to <paramref name="value"/>.</summary>
    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary><see langword="true"/> when the field is set and will be sent.</summary>
    public bool HasValue { get; }

    /// <summary>The value; throws when the field is unset.</summary>
    /// <exception cref="InvalidOperationException">The field is unset.</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The optional field is unset.");

    /// <summary>The value, or <paramref name="fallback"/> when unset.</summary>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    /// <summary>Sets a field to a value.</summary>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <inheritdoc />
    public bool Equals(Optional<T> other)
        => HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HasValue ? EqualityComparer<T>.Default.GetHashCode(_value!) ^ 1 : 0;

    /// <summary>The value's text, or <c>(unset)</c>.</summary>
    public override string ToString() => HasValue ? _value?.ToString() ?? "null" : "(unset)";

    /// <summary>Compares set-ness and value.</summary>
    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    /// <summary>Compares set-ness and value.</summary>
    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);
}
