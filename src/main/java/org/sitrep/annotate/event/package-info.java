/**
 * Typed event frames (deploy, supply, attack, meet, sign, budget, threaten ...) found from trigger
 * words, with actor, target, place, quantity, time, status and CAMEO/PLOVER codes.
 */
package org.sitrep.annotate.event;
