using System.Text.Json;
using Lantern.Core.Access;
using Lantern.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Security;

/// <summary>
/// Turns what went wrong in an API call into RFC 9457 problem details: the caller's mistakes are 4xx with the
/// field named; nothing a user sends produces a 500. Pages catch their own errors and redisplay the form.
/// </summary>
public sealed class ProblemResponses(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The middleware has already rewritten Request.Path to the error page by the time handlers run: use the path the caller asked for.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) && !path.Equals("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ProblemDetails? details = exception switch
        {
            // Field names as API clients write them (camelCase JSON), matching the errors for unreadable JSON.
            InvalidInputException invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Some of what was sent needs correcting.",
            },
            EditConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Edit conflict",
                Detail = conflict.Message,
            },
            NotPermittedException notPermitted => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Not permitted",
                Detail = notPermitted.Message,
            },
            BadHttpRequestException bad => BadRequest(bad),
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        var json = FindJsonException(bad);
        if (json is not null)
        {
            var field = string.IsNullOrEmpty(json.Path) ? "body" : json.Path.TrimStart('$', '.');
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field.Length == 0 ? "body" : field] = ["This value is not in the expected format."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body could not be read.",
            };
        }

        return new ProblemDetails
        {
            Status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest,
            Title = "The request could not be read.",
            Detail = bad.Message,
        };
    }

    private static JsonException? FindJsonException(Exception? exception)
    {
        while (exception is not null)
        {
            if (exception is JsonException json)
            {
                return json;
            }

            exception = exception.InnerException;
        }

        return null;
    }
}
