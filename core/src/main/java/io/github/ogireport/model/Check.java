package io.github.ogireport.model;

/**
 * One arithmetic rule (勾稽关系) applied to one scope.
 *
 * @param rule the rule, written as its id ({@code T3-A} … {@code T4-C})
 * @param scope the column, row or group it was applied to, such as {@code naturalPerson}
 * @param result pass, fail or not assessable
 * @param detail the arithmetic with the values read, such as {@code 5 + 0 = 4 + 1}
 */
public record Check(Rule rule, String scope, CheckResult result, String detail) {
}
