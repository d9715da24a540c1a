package org.eventdesk.application.security;

import java.io.Serializable;

/**
 * What a logged-in browser session remembers: whose it is, and under which of their passwords it was opened
 * ({@link org.eventdesk.domain.user.DeskUser#getPasswordGeneration()}), so that a password reset ends it.
 */
public record SessionTicket(long userId, int passwordGeneration) implements Serializable {}
