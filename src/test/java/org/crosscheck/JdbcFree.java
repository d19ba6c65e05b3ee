package org.crosscheck;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A class in which no JDBC type appears: not as a field, parameter or return type (generic arguments
 * included), and not in the signature of a method or constructor it calls or refers to, where a
 * parameter that is a functional interface taking or returning a JDBC type counts as JDBC too (that
 * is how a lambda {@code connection -> ...} reaches a class without naming the type).
 */
final class JdbcFree extends ArchCondition<JavaClass> {

    JdbcFree() {
        super("see no JDBC type (java.sql, javax.sql) in fields, parameters, return types or lambdas");
    }

    @Override
    public void check(JavaClass owner, ConditionEvents events) {
        for (JavaField field : owner.getFields()) {
            if (involvesJdbc(field.getType())) {
                events.add(SimpleConditionEvent.violated(owner, field.getFullName() + " has a JDBC type"));
            }
        }
        for (JavaCodeUnit unit : owner.getCodeUnits()) {
            if (unit.getParameterTypes().stream().anyMatch(JdbcFree::involvesJdbc)
                    || (unit instanceof JavaMethod && involvesJdbc(unit.getReturnType()))) {
                events.add(SimpleConditionEvent.violated(owner, unit.getFullName() + " has a JDBC type in its signature"));
            }
        }
        for (JavaAccess<?> access : owner.getAccessesFromSelf()) {
            if (access instanceof JavaCodeUnitAccess<?> call && (reachesJdbc(call.getTarget().getRawParameterTypes())
                    || isJdbc(call.getTarget().getRawReturnType()))) {
                events.add(SimpleConditionEvent.violated(owner, access.getDescription() + " passes JDBC types"));
            }
        }
    }

    private static boolean reachesJdbc(java.util.List<JavaClass> parameterTypes) {
        return parameterTypes.stream().anyMatch(type -> isJdbc(type) || isLambdaOfJdbc(type));
    }

    private static boolean isLambdaOfJdbc(JavaClass type) {
        return type.isInterface() && type.getAllMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.ABSTRACT))
                .anyMatch(method -> method.getRawParameterTypes().stream().anyMatch(JdbcFree::isJdbc)
                        || isJdbc(method.getRawReturnType()));
    }

    private static boolean involvesJdbc(JavaType type) {
        return type.getAllInvolvedRawTypes().stream().anyMatch(JdbcFree::isJdbc);
    }

    private static boolean isJdbc(JavaClass type) {
        String name = type.getPackageName();
        return name.equals("java.sql") || name.startsWith("java.sql.") || name.equals("javax.sql")
                || name.startsWith("javax.sql.");
    }
}
