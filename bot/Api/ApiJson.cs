using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ServiceDesk.Bot.Api;

/// <summary>The API's JSON: camelCase names, enums as their names (<c>InProgress</c>, <c>P1</c>), ISO 8601 dates, nulls omitted.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Generated metadata for every answer; reflection only for a type not listed in the context.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static IResult Ok<T>(T body) => Results.Json(body, Options);

    public static IResult BadRequest(string message) =>
        Results.Json(new ApiError("bad_parameter", message), Options, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) =>
        Results.Json(new ApiError("not_found", message), Options, statusCode: StatusCodes.Status404NotFound);

    public static IResult Unauthorized() =>
        Results.Json(new ApiError("unauthorized", "Send a valid X-Api-Key header or an Entra bearer token."), Options,
            statusCode: StatusCodes.Status401Unauthorized);
}
