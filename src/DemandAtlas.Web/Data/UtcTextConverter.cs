using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DemandAtlas.Web.Data;

/// <summary>Stores a DateTimeOffset as fixed-width UTC ISO 8601 text, which sorts chronologically.</summary>
public sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
    text => DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
}
