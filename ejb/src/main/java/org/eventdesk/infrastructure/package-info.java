/** Technical adapters: JPA implementations of the model's repositories, clocks and other plumbing. */
package org.eventdesk.infrastructure;
