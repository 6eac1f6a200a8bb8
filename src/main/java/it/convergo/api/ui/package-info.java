/** The page where a person manages their personal API tokens. */
package it.convergo.api.ui;
